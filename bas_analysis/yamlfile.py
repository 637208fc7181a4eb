"""YAML files of the package and of its users, read one way.

In:  YAML text, or the name of a file in ``bas_analysis/data/``.
Out: the loaded data (safe loading only), parsed by libyaml's C parser when
     PyYAML was built with it (a tenth of the time of the pure-Python parser;
     the codebook is read in every report kernel), else by the pure-Python one.
"""
from __future__ import annotations

from importlib import resources

import yaml

YAMLError = yaml.YAMLError


def read_yaml(text: str | bytes):
    """``text`` loaded as YAML (safe loading)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def package_yaml(name: str):
    """``bas_analysis/data/<name>`` read as YAML."""
    return read_yaml(resources.files("bas_analysis").joinpath(f"data/{name}").read_text(encoding="utf-8"))

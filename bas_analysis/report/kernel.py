"""The kernel a report batch executes each notebook in: ipykernel without its debugger.

In:  ``python -m bas_analysis.report.kernel -f CONNECTION_FILE`` (the argv of the
     batch kernel spec that :func:`.render.ensure_kernel` installs).
Out: an IPython kernel that has loaded what ipykernel needs and nothing else; the
     notebook's own imports (``bas_analysis`` is lazy) bring in the rest. The
     debugger (debugpy, pydevd) is left out: a batch run never debugs, and a
     researcher's JupyterLab uses the ordinary ``bas-analysis`` kernel.
"""
import sys

if __name__ == "__main__":
    sys.modules["debugpy"] = None  # ipykernel starts its debugger only when debugpy can be imported
    from ipykernel.kernelapp import launch_new_instance

    launch_new_instance()

"""Run a notebook headless in a fresh kernel, with parameters, then probe its widgets.

    outputs, probe = run_notebook("notebooks/01_article_and_tokens.ipynb",
                                  params={"ARTICLE": "...", "EXPORT_DIR": "..."},
                                  probe="panel.controls['top_n'].value = 7\\nlen(panel.state['tables']['top_words'])")

The parameters replace the cell tagged ``parameters`` (as papermill would).  The probe runs in the
same kernel after the last cell; its last line is an expression whose value comes back as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def _params_source(params: dict) -> str:
    return "\n".join(f"{k} = {v!r}" for k, v in params.items())


def run_notebook(path, params: dict | None = None, probe: str | None = None, timeout: int = 180,
                 cwd: Path | None = None):
    nb = nbformat.read(str(path), as_version=4)
    if params:
        cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert cells, f"{path} has no cell tagged 'parameters'"
        cells[0].source = cells[0].source + "\n# injected by the test\n" + _params_source(params)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=False,
                            store_widget_state=True, resources={"metadata": {"path": str(cwd or Path(path).parent)}})
    probe_value = None
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        if probe:
            lines = probe.strip().splitlines()
            code = "\n".join(lines[:-1] + ["import json as _json", f"print(_json.dumps({lines[-1]}, default=str))"])
            cell = nbformat.v4.new_code_cell(code)
            nb.cells.append(cell)
            client.execute_cell(cell, len(nb.cells) - 1)
            text = "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream"
                           and o.get("name") == "stdout")
            probe_value = json.loads(text.strip().splitlines()[-1])
    return nb, probe_value


def error_outputs(nb) -> list[str]:
    """Error outputs and stderr text (warnings included) of every code cell."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"{out.get('ename')}: {out.get('evalue')}")
            elif out.get("output_type") == "stream" and out.get("name") == "stderr":
                found.append(out.get("text", ""))
    return found

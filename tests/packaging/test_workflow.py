"""The release workflow runs the same scripts as this repository's CI, and the installers associate .studio."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_workflow_runs_the_ci_script_and_the_bundle_script_on_three_systems() -> None:
    text = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    runs = re.findall(r"^\s*(?:- )?run: (.+)$", text, flags=re.M)
    assert "bash .ci/run" in runs
    assert any(r.startswith("bash scripts/build_app.sh") for r in runs)
    systems = re.findall(r"- os: (\S+)", text)
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}


def test_installers_register_the_project_type() -> None:
    iss = (ROOT / "packaging" / "windows" / "studio.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.studio"' in iss and '""%1""' in iss
    spec = (ROOT / "packaging" / "studio.spec").read_text(encoding="utf-8")
    assert '"CFBundleTypeExtensions": ["studio"]' in spec

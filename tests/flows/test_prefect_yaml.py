"""prefect.yaml's deployment takes its folders from $CURATE_INPUT / $CURATE_OUTPUT at `prefect deploy`, else the
documented defaults: resolved by Prefect's own build steps and templating, as `prefect deploy` does."""

from __future__ import annotations

import asyncio

import pytest
import yaml

from tests.conftest import ROOT


def _parameters() -> dict:
    """The build steps' outputs (the step function `prefect deploy` calls, without its event emission) templated
    into the deployment's parameters."""
    from prefect.deployments.steps.utility import run_shell_script
    from prefect.utilities.templating import apply_values

    project = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    outputs = {}
    for step in project["build"]:
        [(name, options)] = step.items()
        assert name == "prefect.deployments.steps.run_shell_script"
        options = dict(options)
        step_id = options.pop("id")
        outputs[step_id] = asyncio.run(run_shell_script(**options))
    return apply_values(project["deployments"][0]["parameters"], outputs)


def test_folders_default_to_seeds_and_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CURATE_INPUT", raising=False)
    monkeypatch.delenv("CURATE_OUTPUT", raising=False)
    parameters = _parameters()
    assert (parameters["input_dir"], parameters["output_dir"]) == ("seeds", "output")


def test_folders_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CURATE_INPUT", "/data/raw crawl")
    monkeypatch.setenv("CURATE_OUTPUT", "/data/curated")
    parameters = _parameters()
    assert (parameters["input_dir"], parameters["output_dir"]) == ("/data/raw crawl", "/data/curated")

"""The command line: help, exit codes, and `curate validate` as the CI data check."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.cli import LID_BACKENDS, main
from transforms.language import BACKENDS


def test_help_lists_commands(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "run" in out and "validate" in out


@pytest.mark.parametrize("command", ["run", "validate"])
def test_subcommand_help_explains_every_option(command: str, capsys) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "--output" in out and "Exit" in out


def test_missing_input_dir_is_a_one_line_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "input folder not found" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_required_option_is_a_one_line_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", "--input", "seeds"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.strip().count("\n") == 0


def test_cli_backends_match_the_language_module() -> None:
    assert set(LID_BACKENDS) == set(BACKENDS)


def test_validate_passes_on_good_output(seeds_copy: Path, capsys) -> None:
    frozen = gc.get_freeze_count()
    assert main(["validate", "--output", str(seeds_copy)]) == 0
    assert gc.get_freeze_count() == frozen  # only the command's own process freezes its objects (own_process)
    assert "0 critical failures" in capsys.readouterr().out


def corrupt_claims(output: Path, column: str, row: int, value_from) -> None:
    """Rewrite one value of the published claims Parquet in place, as a careless hand edit would."""
    path = next((output / "claims").glob("*.parquet"))
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[row] = value_from(values)
    pq.write_table(table.set_column(table.schema.get_field_index(column), column, [values]), path)


def test_validate_fails_on_duplicate_claim_id(seeds_copy: Path, capsys) -> None:
    corrupt_claims(seeds_copy, "claim_id", 1, lambda ids: ids[0])
    assert main(["validate", "--output", str(seeds_copy)]) == 1
    assert "expect_column_values_to_be_unique" in capsys.readouterr().out


def test_validate_fails_when_claim_text_no_longer_matches_document(seeds_copy: Path, capsys) -> None:
    corrupt_claims(seeds_copy, "text", 0, lambda texts: texts[0].upper())
    assert main(["validate", "--output", str(seeds_copy)]) == 1
    assert "claims_integrity" in capsys.readouterr().out


def test_validate_refuses_a_folder_that_is_not_an_output(tmp_path: Path) -> None:
    assert main(["validate", "--output", str(tmp_path)]) == 2


def test_validate_writes_data_docs(seeds_copy: Path) -> None:
    import shutil

    shutil.rmtree(seeds_copy / "_validation")
    assert main(["validate", "--output", str(seeds_copy)]) == 0
    assert (seeds_copy / "_validation" / "index.html").is_file()


def test_report_command_rebuilds_the_page(seeds_copy: Path) -> None:
    (seeds_copy / "report.html").unlink()
    assert main(["report", "--output", str(seeds_copy)]) == 0
    assert "curate run report" in (seeds_copy / "report.html").read_text(encoding="utf-8")
    assert main(["report", "--output", str(seeds_copy / "documents")]) == 2


def test_report_figures_are_the_datasets_counts(seeds_output: Path) -> None:
    """The report counts the long datasets part by part; its figures must still be the datasets' own."""
    from flows import tasks

    data = tasks.read_published(seeds_output)
    page = (seeds_output / "report.html").read_text(encoding="utf-8")
    removed, kept = data["boilerplate"].height, data["documents"]["n_lines"].sum()
    assert f"{removed:,} of {removed + kept:,} non-blank lines removed overall" in page
    for rule, n in data["boilerplate"].group_by("rule").len().sort("len", "rule", descending=[True, False]).head(3).rows():
        assert f"{rule}</text>" in page and f">{n:,}</text>" in page
    per_type = data["claims"].group_by("claim_type").len().sort("len", descending=True)
    assert f">{per_type['len'][0]:,}</text>" in page


def test_validate_accepts_a_relative_output_path(seeds_copy: Path, monkeypatch) -> None:
    monkeypatch.chdir(seeds_copy.parent)
    assert main(["validate", "--output", seeds_copy.name]) == 0

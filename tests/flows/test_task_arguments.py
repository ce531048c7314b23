"""Prefect walks every task argument that is a list, tuple or dict element by element, looking for futures:
a task called with a 100,000-file manifest took 6.8 s. What the flow hands its tasks must not cost that."""

from pathlib import Path

from prefect.utilities.collections import visit_collection

from flows import batches


def _visits(value: object) -> int:
    seen: list[object] = []
    visit_collection(value, visit_fn=lambda x: seen.append(x) or x, return_data=False)
    return len(seen)


def test_prefect_passes_the_previous_output_whole() -> None:
    files = [{"source_path": f"{i:06d}.txt", "status": "accepted"} for i in range(1000)]
    previous = batches.Previous(Path("output"), {"files": files})
    assert _visits(previous) == 1
    assert _visits({"files": files}) > 3000  # what a dict or NamedTuple would cost

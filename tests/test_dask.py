"""--executor dask: the example articles built on a Dask LocalCluster (started by kg, or given by its
scheduler address) give the same graph as a build on this machine."""
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.pipeline import build, load_dataset
from kg.store import open_store

pytestmark = pytest.mark.model
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _graph(out):
    """Every quad of the store's article graphs (statement and entity IRIs are derived from content, so
    equal builds give equal sets)."""
    return set(load_dataset(open_store(out)).quads((None, None, None, None)))


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    result = build([EXAMPLES], out, workers=1)
    return out, result


def test_dask_local_cluster_gives_the_same_graph(local, tmp_path):
    out, first = local
    result = build([EXAMPLES], tmp_path, executor="dask", workers=2)
    assert result.articles == first.articles > 0
    assert "dask" in result.stages
    assert _graph(tmp_path) == _graph(out)
    assert (tmp_path / "graph.html").stat().st_size > 0


def test_dask_with_a_scheduler_address(local, tmp_path):
    from dask.distributed import LocalCluster

    out, _ = local
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster:
        result = build([EXAMPLES], tmp_path, executor="dask", scheduler=cluster.scheduler_address)
        # the cluster is the caller's: kg leaves it running
        assert len(cluster.workers) == 1
    assert _graph(tmp_path) == _graph(out)
    assert result.articles == len(list(EXAMPLES.glob("*.txt")))


def test_unreachable_scheduler_is_one_clear_error(tmp_path):
    with pytest.raises(KgError, match="Dask scheduler"):
        build([EXAMPLES], tmp_path, executor="dask", scheduler="tcp://127.0.0.1:9")


def test_unknown_executor(tmp_path):
    with pytest.raises(KgError, match="unknown executor"):
        build([EXAMPLES], tmp_path, executor="spark")

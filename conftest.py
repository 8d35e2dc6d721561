"""Doctest fixtures: ``folder`` is a temporary folder holding one article (kg/api.py's examples)."""
import pytest


@pytest.fixture(scope="session")
def _article_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("doctest")
    (folder / "a.txt").write_text("米中\n\n米国は中国に警告した。", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace, _article_folder):
    doctest_namespace["folder"] = _article_folder

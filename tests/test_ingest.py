"""Reading articles: what is read, and one clear error for what is not."""
import pytest

from kg.errors import InputError
from kg.ingest import detect_language, find_inputs, read_article, read_articles


def test_reads_title_and_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("見出し\n\n米国は中国に警告した。\n", encoding="utf-8")
    article = read_article(p)
    assert article.title == "見出し" and "警告" in article.text and len(article.id) == 16


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"), (b"\x00\x01\x02", "binary file"),
    (b"\x80\x81\x82\xfe\xfd\xfc" * 10, "cannot tell the text encoding"),
    ("Les États-Unis ont averti la Chine lundi contre toute aide à la Russie.".encode(), "unsupported language"),
])
def test_unreadable_inputs(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=reason) as exc:
        read_article(p)
    assert str(p) in str(exc.value)


def test_folders_are_walked_and_errors_reported_in_place(tmp_path):
    (tmp_path / "a.txt").write_text("米国は中国に警告した。", encoding="utf-8")
    (tmp_path / "b.md").write_text("# 題\n日本は抗議した。", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError", "InputError"]
    assert items[1].title == "題"


def test_detect_language():
    assert detect_language("ロシアはウクライナに侵攻した。") == "ja"
    assert detect_language("Russia invaded Ukraine.") == "en"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp932", "shift_jis", "euc_jp", "iso2022_jp"])
def test_japanese_encodings_are_decoded(tmp_path, encoding):
    text = "日米首脳会談\n\n岸田首相はバイデン大統領と会談し、中国の威圧的な行動に反対する立場を確認した。"
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(text.encode(encoding))
    assert read_article(p).text == text


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("米国は中国に警告した。" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="--max-bytes"):
        read_article(p, max_bytes=100)


def test_quoted_glob_patterns_are_expanded(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.txt", "a/b/three.md", "a/b/skip.pdf"):
        (tmp_path / name).write_text("見出し\n\n米国は中国に警告した。\n", encoding="utf-8")
    found = list(find_inputs([str(tmp_path / "a" / "**" / "*.txt")]))
    assert found == [tmp_path / "a" / "b" / "two.txt", tmp_path / "a" / "one.txt"]
    assert {p.name for p in find_inputs([str(tmp_path / "a" / "b" / "*")])} == {"two.txt", "three.md"}
    (error,) = find_inputs([str(tmp_path / "nothing" / "*.txt")])
    assert isinstance(error, InputError) and "no article file matches" in str(error)

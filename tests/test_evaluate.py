"""The scorer: matching by labels, symmetric relations, polarity, format errors."""
import pytest

from kg.errors import GoldFormatError
from kg.evaluate import Triple, format_report, read_gold, read_predictions, score


def t(level, s, rel, o, negated=False, hedged=False, article="a"):
    return Triple(article=article, level=level, subject=frozenset(s), relation=rel, object=frozenset(o),
                  negated=negated, hedged=hedged, text="")


def test_precision_recall_and_symmetry():
    gold = [t("country", {"united states"}, "warns", {"china"}),
            t("country", {"japan"}, "meetsWith", {"india"}),
            t("actor", {"x"}, "supports", {"y"}, negated=True)]
    pred = [t("country", {"united states", "米国"}, "warns", {"china", "中国"}),
            t("country", {"india"}, "meetsWith", {"japan"}),
            t("actor", {"x"}, "supports", {"y"}),
            t("country", {"china"}, "warns", {"japan"})]
    report = score(gold, pred)
    assert (report.levels["country"].tp, report.levels["country"].fp, report.levels["country"].fn) == (2, 1, 0)
    assert (report.levels["actor"].tp, report.levels["actor"].fp, report.levels["actor"].fn) == (0, 1, 1)
    assert len(report.negated_as_positive) == 1


def test_gold_format_errors(tmp_path):
    p = tmp_path / "g.tsv"
    p.write_text("level\tsubject\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="header"):
        read_gold([p])
    p.write_text("level\tsubject\trelation\tobject\tflags\tevidence\nactor\tA\twarnz\tB\t-\te\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="warnz"):
        read_gold([p])


def test_missing_or_unreadable_inputs_are_one_clear_error(tmp_path):
    with pytest.raises(GoldFormatError, match="no such gold file"):
        read_gold([tmp_path / "missing.tsv"])
    with pytest.raises(GoldFormatError, match="no gold .tsv"):
        read_gold([tmp_path])
    with pytest.raises(GoldFormatError, match="no such graph file"):
        read_predictions(tmp_path / "graph.trig")
    bad = tmp_path / "bad.trig"
    bad.write_text("this is { not trig", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="bad.trig: not a TriG graph"):
        read_predictions(bad)


def test_a_positive_the_gold_also_has_is_no_contradiction():
    # the article says both "X may support Y" (hedged) and "X never supported Y" (negated): one positive
    # prediction matches the hedged line and does not count against the negated one
    gold = [t("actor", {"x"}, "supports", {"y"}, hedged=True), t("actor", {"x"}, "supports", {"y"}, negated=True)]
    report = score(gold, [t("actor", {"x"}, "supports", {"y"}, hedged=True)])
    assert report.levels["actor"].tp == 1 and report.negated_as_positive == []
    # with no positive line in the gold, the same prediction contradicts the negated one
    report = score(gold[1:], [t("actor", {"x"}, "supports", {"y"}, hedged=True)])
    assert len(report.negated_as_positive) == 1


def test_a_fact_and_a_possibility_of_one_relation_are_two_lines():
    # "Japan and the Philippines signed an agreement ... and agreed to expand patrols": the gold has the
    # cooperation once as a fact and once hedged; two predictions with those flags answer both, whatever order
    gold = [t("country", {"japan"}, "cooperatesWith", {"philippines"}, hedged=True),
            t("country", {"japan"}, "cooperatesWith", {"philippines"})]
    pred = [t("country", {"japan"}, "cooperatesWith", {"philippines"}),
            t("country", {"philippines"}, "cooperatesWith", {"japan"}, hedged=True)]
    report = score(gold, pred)
    assert (report.levels["country"].tp, report.levels["country"].fp, report.levels["country"].fn) == (2, 0, 0)
    assert report.hedge_agreement["agree"] == 2
    # one prediction answers one of them only, and a repeated prediction with the same flags counts once
    report = score(gold, pred[:1] * 2)
    assert (report.levels["country"].tp, report.levels["country"].fp, report.levels["country"].fn) == (1, 0, 1)


def test_a_symmetric_statement_in_both_directions_is_one_statement():
    # "Poland and Lithuania agreed to cooperate": found once as Poland -> Lithuania and once the other way round,
    # it is one statement, matching the one gold line; no false positive for the second direction
    gold = [t("country", {"poland"}, "cooperatesWith", {"lithuania"})]
    pred = [t("country", {"poland"}, "cooperatesWith", {"lithuania"}),
            t("country", {"lithuania"}, "cooperatesWith", {"poland"})]
    report = score(gold, pred)
    assert (report.levels["country"].tp, report.levels["country"].fp, report.levels["country"].fn) == (1, 0, 0)
    # a relation that is not symmetric keeps its direction: the reverse is another statement
    gold = [t("country", {"poland"}, "warns", {"belarus"})]
    pred = [t("country", {"poland"}, "warns", {"belarus"}), t("country", {"belarus"}, "warns", {"poland"})]
    report = score(gold, pred)
    assert (report.levels["country"].tp, report.levels["country"].fp, report.levels["country"].fn) == (1, 1, 0)


def test_gold_articles_missing_from_the_graph_are_named():
    # an article whose extraction failed leaves nothing in the graph: every line of it is a miss, and the report
    # says which articles those are, so a failure is not mistaken for low recall
    gold = [t("country", {"japan"}, "warns", {"china"}, article="a"), t("country", {"india"}, "warns", {"china"}, article="b")]
    report = score(gold, [t("country", {"japan"}, "warns", {"china"}, article="a")])
    assert report.unbuilt == ["b"]
    assert "no statement in the graph" in format_report(report) and ": b" in format_report(report)
    assert score(gold[:1], [t("country", {"japan"}, "warns", {"china"}, article="a")]).unbuilt == []

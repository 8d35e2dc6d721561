"""python -m tests.probes [NAME...]: the tally of each probe and every sentence that is not right."""
import sys

from tests.probes import score


def main(names: list[str]) -> None:
    for name in names or ["ja_negation", "en_negation", "ja_constructions", "en_constructions"]:
        tally, wrong = score(name)
        print(name, dict(sorted(tally.items())))
        for verdict, category, text, item, got in wrong:
            print(f"  {verdict:20s} [{category}] {text}\n      {item}  got: {got}")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Generates random_fixtures.json: CPython's output for seeded `random` calls.

Run from this folder with `python3 make_random_fixtures.py`; RandomModuleTests runs each
snippet in a Neurona session and compares what it prints with what CPython printed.
"""
import contextlib
import io
import json

SNIPPETS = [
    "random.seed(0); print([random.random() for _ in range(5)])",
    "random.seed(42); print([random.random() for _ in range(3)])",
    "random.seed(-42); print(random.random())",
    "random.seed(2**40 + 7); print(random.random(), random.random())",
    "random.seed(123); print([random.randint(1, 6) for _ in range(20)])",
    "random.seed(7); print([random.randrange(10) for _ in range(10)])",
    "random.seed(7); print([random.randrange(5, 50, 5) for _ in range(10)])",
    "random.seed(7); print([random.randrange(10, -10, -3) for _ in range(10)])",
    "random.seed(9); print([random.randrange(1000003) for _ in range(5)])",
    "random.seed(1); print([random.uniform(-1, 1) for _ in range(4)])",
    "random.seed(3); print([random.choice('abcdef') for _ in range(8)])",
    "random.seed(3); l = list(range(10)); random.shuffle(l); print(l)",
    "random.seed(5); l = list(range(52)); random.shuffle(l); print(l)",
    "random.seed(11); print(random.sample(range(10), 4))",
    "random.seed(11); print(random.sample(list(range(100)), 10))",
    "random.seed(11); print(random.sample(list('abcdefgh'), 8))",
    "random.seed(13); print([random.gauss(0, 1) for _ in range(5)])",
    "random.seed(13); print(random.gauss(), random.gauss(10, 2))",
    "random.seed(17); print([random.normalvariate(0, 1) for _ in range(5)])",
    "random.seed(19); print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 63)])",
    "random.seed(True); print(random.random())",
    "random.seed(0); print(random.randint(0, 2**40))",
]


def main():
    import random
    cases = []
    for snippet in SNIPPETS:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(snippet, {"random": random})
        cases.append({"code": "import random\n" + snippet, "output": buffer.getvalue()})
    with open("random_fixtures.json", "w") as handle:
        json.dump(cases, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()

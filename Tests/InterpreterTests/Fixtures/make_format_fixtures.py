#!/usr/bin/env python3
"""Generates format_fixtures.json: Python 3.11's answers for Neurona's PyFormat tests.

Run from this folder with `python3 make_format_fixtures.py`; the tests only read the JSON.
Floats travel as the hex of their IEEE-754 bits so that every value is exact.
"""
import json
import random
import string
import struct
import sys

random.seed(20240611)


def bits(x):
    return struct.pack(">d", x).hex()


def encode(value):
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    if isinstance(value, int):
        return {"kind": "int", "value": value}
    if isinstance(value, float):
        return {"kind": "float", "bits": bits(value)}
    if isinstance(value, str):
        return {"kind": "str", "value": value}
    return {"kind": "other", "str": str(value), "repr": repr(value),
            "type": type(value).__name__}


def outcome(thunk):
    try:
        return {"expected": thunk()}
    except Exception as error:  # noqa: BLE001 - every Python error becomes a fixture
        return {"error": {"type": type(error).__name__, "message": str(error)}}


def random_double():
    while True:
        x = struct.unpack(">d", random.getrandbits(64).to_bytes(8, "big"))[0]
        if x == x and abs(x) != float("inf"):
            return x


TRICKY = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5,
    2.675, 1.005, 0.125, 0.375, 9.995, 99.995, 1e16, 1e15, 9999999999999998.0,
    1e17, 1e-5, 1e-4, 0.0001234, 0.00001234, 123456789012345678.0, 5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 1e308,
    1e300, 1e-300, 1e22, 1e23, 3.14159265358979, 2.718281828459045, 100.0, 1234.5,
    -1234.5678, 1234567.891, 0.999999, 0.9999995, 9.5, 10.5, 0.05, 0.015, 123.456,
    float("inf"), float("-inf"), float("nan"), 4.35, 0.045, 1e-7, 1.5e-5, 12345678.0,
    2.0 ** 53, 2.0 ** 63, 2.0 ** -20, 7.0, 65.0,
]


def repr_cases():
    values = list(TRICKY)
    values += [random_double() for _ in range(1500)]
    values += [random.uniform(-1000, 1000) for _ in range(300)]
    values += [round(random.uniform(0, 100), random.randint(0, 6)) for _ in range(300)]
    values += [10.0 ** e for e in range(-330, 310, 7)]
    values += [struct.unpack(">d", struct.pack(">Q", n))[0] for n in (1, 2, 3, 0xfffffffffffff)]
    return [{"bits": bits(float(x)), "expected": repr(float(x))} for x in values]


FLOAT_SPECS = [
    "", "f", ".2f", ".0f", "#.0f", ".10f", ".20f", "e", ".3e", ".0e", "#.0e", "E", "g",
    ".3g", ".0g", "#g", "#.3g", ".10g", "G", "n", "%", ".1%", ".0%", ".3", ".0", ".1",
    ".17", "#", "#.3", "10", "<10", "^10", "=10", "010", "+", " ", "-", "+.2f", " .2e",
    "z.1f", "z", "zg", "z.0e", ",", "_", ",.2f", "_.3f", "015,.2f", "016_.1e", "020,",
    "x^15.3f", "*<12g", "0=12.4e", ",.2%", "+015.2f", "F", ".3F", "#.2g", "#.10", "e.3",
    ".2d", "d", "c", "s", "xx", ".", ",_", "__", ",n", "_n", ",c", "\x00<5",
]

INT_VALUES = [0, 1, -1, 7, 42, -42, 255, 1000, 1234567, -1234567, 65, 0x10FFFF,
              2 ** 63 - 1, -(2 ** 63), 123456789]

INT_SPECS = [
    "", "d", "5", "<5", "^7", "=8", "05", "+", " ", "-", ",", "_", "012,", "013,", "b", "#b",
    "o", "#o", "x", "#x", "X", "#X", "_x", "#_x", "_b", "#010x", "+#x", "c", "5c", "05c",
    "n", "e", ".2e", "f", ".2f", "g", "%", ".3", "x<+#12_b", "^=10", "0=5", "<05", "*^9,",
    ".2d", "z", "zd", "+c", "#c", ",c", ",x", ",b", "s", "xx", ",,", "_n", "10000000000000000000000",
]

STR_VALUES = ["", "a", "abc", "héllo", "日本語", "a b"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "^9.2", "05", "<05", ".0", "10.3s",
             "+", "=5", "#", ",", "_", "d", "z", ".", "xx", "x<"]

BOOL_SPECS = ["", "s", ">5", "d", "05", "x", "+", ".2f", "e", "c", "b", "^5"]


def format_cases():
    cases = []
    float_values = list(TRICKY) + [random_double() for _ in range(20)]
    for value in float_values:
        for spec in FLOAT_SPECS:
            cases.append({"value": encode(value), "spec": spec,
                          **outcome(lambda: format(value, spec))})
    for _ in range(1500):
        value = random.choice([random_double(), random.uniform(-1e6, 1e6),
                               random.uniform(-1, 1) * 10.0 ** random.randint(-30, 30)])
        code = random.choice("eEfFgG%") if random.random() < 0.9 else ""
        spec = random.choice(["", "+", ","]) + "." + str(random.randint(0, 25)) + code
        if code in "%fF" and abs(value) > 1e60:
            value = value / 1e250 if abs(value) > 1e250 else value
        cases.append({"value": encode(value), "spec": spec,
                      **outcome(lambda: format(value, spec))})
    for value in INT_VALUES:
        for spec in INT_SPECS:
            cases.append({"value": encode(value), "spec": spec,
                          **outcome(lambda: format(value, spec))})
    for value in STR_VALUES:
        for spec in STR_SPECS:
            cases.append({"value": encode(value), "spec": spec,
                          **outcome(lambda: format(value, spec))})
    for value in (True, False):
        for spec in BOOL_SPECS:
            cases.append({"value": encode(value), "spec": spec,
                          **outcome(lambda: format(value, spec))})
    for value in ([1, 2], None, {"a": 1}):
        for spec in ("", ">5", "d", "s"):
            cases.append({"value": encode(value), "spec": spec,
                          **outcome(lambda: format(value, spec))})
    return cases


PERCENT_CASES = [
    ("%s", (1,)), ("%s", ("abc",)), ("%r", ("abc",)), ("%a", ("é",)), ("%r", ("é\n",)),
    ("%s and %s", (1, 2.5)), ("%d", (3.7,)), ("%i", (-3.7,)), ("%u", (7,)), ("%d", (True,)),
    ("%5d|%-5d|%05d", (42, 42, 42)), ("%+d % d", (5, 5)), ("%x %X %o", (255, 255, 8)),
    ("%#x %#X %#o", (255, 255, 8)), ("%#06x", (255,)), ("%x", (-255,)), ("%#X", (-255,)),
    ("%.3d", (5,)), ("%#.3x", (5,)), ("%-05d|", (3,)), ("%f", (3.14159,)), ("%.2f", (2.675,)),
    ("%.0f", (0.5,)), ("%.0f", (1.5,)), ("%.0f", (2.5,)), ("%#.0f", (3.0,)), ("%e", (12345.678,)),
    ("%+.3e", (12345.678,)), ("%E", (0.000123,)), ("%g", (1e16,)), ("%g", (123456.0,)),
    ("%g", (1234567.0,)), ("%#g", (3.0,)), ("%G", (1e-10,)), ("%.0g", (0.5,)), ("%F", (float("inf"),)),
    ("%f", (float("nan"),)), ("%05f", (float("inf"),)), ("%10.4f|", (-3.14159,)), ("%-10.2f|", (2.5,)),
    ("%e", (True,)), ("%x", (True,)), ("%f", (5,)), ("%c", (65,)), ("%c", ("é",)), ("%c", (True,)),
    ("%3c|", ("x",)), ("%.2s", ("abc",)), ("%05s", ("ab",)), ("%-6s|", ("ab",)), ("%5r", ("a",)),
    ("%*d", (5, 3)), ("%*d", (-5, 3)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 3, 2.71828)),
    ("%ld %hd %Lf", (5, 6, 1.5)), ("%%", ()), ("100%% %s", ("x",)), ("%s", (None,)),
    ("%s %r", ([1, 'a'], [1, 'a'])), ("%d", (2 ** 62,)), ("%d", (1e20,)), ("%d", (-1e300,)),
    ("%s", (0.1 + 0.2,)), ("%r", (1e16,)), ("%s", (-0.0,)), ("%f", (-0.0,)), ("%.3s", (1.23456,)),
    ("no args", ()), ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("a",)),
    ("%i", ("a",)), ("%x", (1.5,)), ("%o", (1.0,)), ("%X", ("s",)), ("%c", ("ab",)),
    ("%c", (1.5,)), ("%c", (-1,)), ("%c", (0x110000,)), ("%f", ("a",)), ("%e", ([1],)),
    ("%y", (1,)), ("ab%é", (1,)), ("%\x01", (1,)), ("%5%", (1,)), ("%5%", ()), ("%", ()),
    ("abc %", (1,)), ("%d", (float("inf"),)), ("%d", (float("nan"),)), ("%.*f", ("a", 1.0)),
    ("%*d", ("a", 1)), ("%(a)s", (1,)), ("%-+5d|", (7,)), ("% 05.1f", (2.25,)),
]

MAPPING_CASES = [
    ("%(a)s %(b)d", {"a": 1, "b": 2}), ("%(name)r", {"name": "x"}), ("%(a)s", {"b": 1}),
    ("%(a", {"a": 1}), ("%(x)05.1f|%(x)-6d|", {"x": 3.25}), ("%s", {"a": 1}),
    ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("plain", {"a": 1}), ("%((a))s", {"(a)": 5}),
]


def percent_cases():
    cases = []
    for template, args in PERCENT_CASES:
        cases.append({"template": template, "args": [encode(a) for a in args], "mapping": None,
                      **outcome(lambda: template % args)})
    for template, mapping in MAPPING_CASES:
        cases.append({"template": template, "args": [encode(mapping)],
                      "mapping": {k: encode(v) for k, v in mapping.items()},
                      **outcome(lambda: template % mapping)})
    return cases


RENDER_CASES = [
    ("{}", (1,)), ("{} {}", (1, "a")), ("{0} {1} {0}", ("x", "y")), ("a{{b}}c", ()),
    ("{:>5}|{:<5}|{:^5}", (1, 2, 3)), ("{:.2f}", (2.675,)), ("{0!r} {0!s} {0!a}", ("é",)),
    ("{:{}}", ("ab", 5)), ("{:{}.{}f}", (3.14159, 10, 3)), ("{0:{1}}", (1, 5)),
    ("{:{}}{}", (1, 2, 3)), ("{:}}}", (1,)), ("{:{{}}}", (1,)), ("{:[}", (1,)),
    ("{0:>{1}}|{2}", ("x", 4, "y")), ("x}}y{{z", ()), ("{:%}", (0.25,)), ("{!r:>6}", ("a",)),
    ("{0:{1}{2}}", (1, ">", 6)), ("{}", (0.1 + 0.2,)), ("{:,}", (1234567,)), ("{:e}", (12345,)),
    ("{", ()), ("}", ()), ("{0", ()), ("{!", ()), ("{!r", ()), ("{0!}", (1,)), ("{!rx}", (1,)),
    ("{!x}", (1,)), ("{}{0}", (1,)), ("{0}{}", (1,)), ("{a{}", ()), ("{a[}", ()), ("{0:", (1,)),
    ("{0:{", (1,)), ("{:{:{}}}", (1, 2, 3)), ("{0..a}", (1,)), ("{0[]}", (1,)),
    ("{0[a]x}", ({"a": 1},)), ("{0!r:{}}", (1, 2)), ("{:}", (1,)), ("{:d}", (1.5,)),
    ("ab}", ()), ("{0.}", (1,)),
]

PARTS_CASES = [
    "plain", "{}", "{} and {}", "{0}{1}", "{name}", "{0.real}", "{.imag}", "{[0]}", "{0[key]}",
    "{a.b[c][1].d}", "{!r}", "{0!s:>10}", "{:{}}", "{:{}.{}f}", "{x:{w}}", "a{{b}}c", "{{}}",
    "{:{{}}}", "{0[}]}", "{:}}}", "{!a}", "{00}", "{ 0}", "{-1}", "{:{!r}}", "{:{}{}}",
]


def render_cases():
    return [{"template": t, "args": [encode(a) for a in args], **outcome(lambda: t.format(*args))}
            for t, args in RENDER_CASES]


def parts_cases():
    import _string
    cases = []
    for template in PARTS_CASES:
        parts = []
        counter = 0
        for literal, name, spec, conversion in _string.formatter_parser(template):
            if literal:
                if parts and "literal" in parts[-1]:
                    parts[-1]["literal"] += literal
                else:
                    parts.append({"literal": literal})
            if name is None:
                continue
            head = name.split(".")[0].split("[")[0]
            if head == "":
                name = str(counter) + name
                counter += 1
            elif head.isdigit():
                name = str(int(head)) + name[len(head):]

            def number_spec(text):
                nonlocal counter
                out = ""
                for lit, inner, inner_spec, conv in _string.formatter_parser(text):
                    out += lit.replace("{", "{{").replace("}", "}}")
                    if inner is None:
                        continue
                    if inner == "":
                        inner = str(counter)
                        counter += 1
                    out += "{" + inner + ("!" + conv if conv else "")
                    out += (":" + inner_spec if inner_spec else "") + "}"
                return out

            spec = number_spec(spec) if "{" in spec or "}" in spec else spec
            parts.append({"name": name, "conversion": conversion, "spec": spec})
        cases.append({"template": template, "parts": parts})
    return cases


def main():
    fixtures = {
        "python": sys.version.split()[0],
        "repr": repr_cases(),
        "format": format_cases(),
        "percent": percent_cases(),
        "render": render_cases(),
        "parts": parts_cases(),
    }
    with open("format_fixtures.json", "w", encoding="utf-8") as handle:
        json.dump(fixtures, handle, ensure_ascii=False, indent=0)
        handle.write("\n")
    for key in ("repr", "format", "percent", "render", "parts"):
        print(key, len(fixtures[key]))


if __name__ == "__main__":
    main()

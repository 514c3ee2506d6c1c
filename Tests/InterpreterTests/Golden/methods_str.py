s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), sep="|")
print("xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("a,b,,c".split(","), "a,b,c".split(",", 1), "a b  c\n d".split())
print("  a b  c  ".split(None, 1), "  a b  c  ".rsplit(None, 1), "a,b,,c".rsplit(",", 2))
print("one two".split(maxsplit=0), "".split(), "".split(","))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(str(i) for i in range(3)))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "abc".replace("", "-"))
print("Hello".upper(), "Hello".lower(), "hello world's 1st".title(), "hELLO wORLD".capitalize())
print("Hello".swapcase(), "Straße".casefold(), "ab".center(5, "*"), "abc".center(6))
print("ab".ljust(4, "."), "ab".rjust(4), "42".zfill(5), "-42".zfill(6), "abc".zfill(2))
# expect: Hello, World|Hello, World  |  Hello, World
# expect: hi cba abc
# expect: ['a', 'b', '', 'c'] ['a', 'b,c'] ['a', 'b', 'c', 'd']
# expect: ['a', 'b  c  '] ['  a b', 'c'] ['a,b', '', 'c']
# expect: ['one two'] [] ['']
# expect: x-y-z abc 0, 1, 2
# expect: bonono bonona -a-b-c-
# expect: HELLO hello Hello World'S 1St Hello world
# expect: hELLO strasse **ab*  abc  
# expect: ab..   ab 00042 -00042 abc
# %%
t = "the cat sat on the mat"
print(t.find("at"), t.rfind("at"), t.find("dog"), t.find("at", 6), t.find("at", 6, 9))
print(t.index("the"), t.rindex("the"), t.count("at"), t.count("the", 1), "aaaa".count("aa"))
print(t.startswith("the"), t.startswith(("a", "t")), t.endswith("mat"), t.startswith("cat", 4))
print(t.endswith(("x", "y")), "abc".startswith(""), "abc".find(""), "abc".count(""))
print(t.partition(" "), t.rpartition(" "), t.partition("dog"))
print("test_file.py".removeprefix("test_"), "test_file.py".removesuffix(".py"), "x".removeprefix("y"))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a\tbc\td".expandtabs(4), repr("x\ty".expandtabs()))
# expect: 5 20 -1 9 -1
# expect: 0 15 3 1 2
# expect: True True True True
# expect: False True 0 4
# expect: ('the', ' ', 'cat sat on the mat') ('the cat sat on the', ' ', 'mat') ('the cat sat on the mat', '', '')
# expect: file.py test_file x
# expect: ['a', 'b', 'c'] ['a\n', 'b\n'] []
# expect: a   bc  d 'x       y'
# %%
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isalpha())
print("ABC".isupper(), "AbC".isupper(), "abc1".islower(), "A1".isupper(), "1".islower())
print("var_1".isidentifier(), "1var".isidentifier(), "½".isnumeric(), "½".isdecimal(), "٣".isdecimal())
# expect: True False True True True False
# expect: True False True True False
# expect: True False True False True
# %%
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("{:>6.2f}|{:<5}|{:^7}|".format(3.14159, "ab", "mid"), "{0!r} {0!s}".format("q"))
print("{:{w}.{p}f}".format(2.5, w=8, p=3), "{:{}}|".format("a", 5), "{{literal}}".format())
point = {"x": 1, "y": [5, 6]}
print("{0[x]} {0[y][1]} {p[y]}".format(point, p=point), "{0.__name__}".format(len))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{:,}".format(1234567), "{:08.3f}".format(-3.5))
# expect: 1 + 2 = 3 ba hi!
# expect:   3.14|ab   |  mid  | 'q' q
# expect:    2.500 a    | {literal}
# expect: 1 6 [5, 6] len
# expect: 1-2 1,234,567 -003.500
# %%
"{} {}".format(1)
# expect error: IndexError: Replacement index 1 out of range for positional args tuple
# %%
"{x}".format(y=1)
# expect error: KeyError: 'x'
# %%
"{0} {}".format(1, 2)
# expect error: ValueError: cannot switch from manual field specification to automatic field numbering
# %%
"abc".index("z")
# expect error: ValueError: substring not found
# %%
",".join(["a", 1])
# expect error: TypeError: sequence item 1: expected str instance, int found
# %%
"a".split("")
# expect error: ValueError: empty separator
# %%
"abc".startswith(1)
# expect error: TypeError: startswith first arg must be str or a tuple of str, not int
# %%
"ab".center(5, "xy")
# expect error: TypeError: The fill character must be exactly one character long

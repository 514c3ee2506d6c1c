loss = 0.123456
print(f"{loss:.4f}", f"{42:5d}|", f"{'x'!r}", f"{loss=}")  # expect: 0.1235    42| 'x' loss=0.123456
print("%d items, %.2f%%" % (3, 12.345))  # expect: 3 items, 12.35%
print("{} + {} = {total}".format(1, 2, total=3))  # expect: 1 + 2 = 3
print("a,b,c".split(","), "-".join(["x", "y"]), "  hi ".strip().upper())  # expect: ['a', 'b', 'c'] x-y HI
print('it\'s', repr("it's"), """tri
ple""")
# expect: it's "it's" tri
# expect: ple
print(len("año"), "año"[1])  # expect: 3 ñ
"a" + 1  # expect error: TypeError: can only concatenate str (not "int") to str

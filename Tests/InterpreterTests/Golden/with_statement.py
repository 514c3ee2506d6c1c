class Ctx:
    def __enter__(self):
        print("enter")
        return 5
    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return True
with Ctx() as v:
    print("inside", v)
    raise ValueError("swallowed")
print("after")
# expect: enter
# expect: inside 5
# expect: exit ValueError
# expect: after

1 = x  # expect error: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
# %%
if True:
print("x")  # expect error: IndentationError: expected an indented block after 'if' statement on line 1
# %%
print("still works")  # expect: still works

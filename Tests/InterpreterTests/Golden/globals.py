total = 0
def add(x):
    global total
    total += x
add(5)
add(2)
print(total)  # expect: 7
del total
total  # expect error: NameError: name 'total' is not defined

class NetNode(object):
    """ Base class that represents a node in a neural net """
    def __init__(self):
        self.inputs = []
        self.value = None
    def __repr__(self):
        return f"NetNode({len(self.inputs)})"
n = NetNode()
n.inputs.append(1)
print(n, isinstance(n, NetNode), NetNode.__doc__.strip())  # expect: NetNode(1) True Base class that represents a node in a neural net
class MyError(ValueError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print("caught", type(e).__name__, e)  # expect: caught MyError custom
n.missing  # expect error: AttributeError: 'NetNode' object has no attribute 'missing'

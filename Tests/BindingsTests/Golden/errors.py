import numpy as np
np.array([1, 2]) + np.array([1, 2, 3])
# expect error: ValueError: operands could not be broadcast together with shapes (2,) (3,) 
# %%
np.arange(6).reshape(4, 2)
# expect error: ValueError: cannot reshape array of size 6 into shape (4,2)
# %%
np.arange(6).reshape(-1, -1)
# expect error: ValueError: can only specify one unknown dimension
# %%
np.array([1, 2, 3])[5]
# expect error: IndexError: index 5 is out of bounds for axis 0 with size 3
# %%
np.zeros((2, 2))[0, 0, 0]
# expect error: IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed
# %%
np.array([1, 2, 3])[np.array([True, False])]
# expect error: IndexError: boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2
# %%
np.zeros((2, 3)).sum(axis=2)
# expect error: AxisError: axis 2 is out of bounds for array of dimension 2
# %%
if np.array([1, 2]):
    pass
# expect error: ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
# %%
bool(np.array([]))
# expect error: ValueError: The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.
# %%
np.zeros(3, dtype="flot32")  # golden: manual
# expect error: TypeError: data type 'flot32' not understood. Did you mean 'float32'?
# %%
np.zeros(3, dtype="complex")  # golden: manual
# expect error: TypeError: data type 'complex' not understood
# %%
np.ones((2, 3)) @ np.ones((2, 3))
# expect error: ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
# %%
np.concatenate([np.ones((2, 2)), np.ones((3, 3))])
# expect error: ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 2 and the array at index 1 has size 3
# %%
np.array([[1, 2], [3]])
# expect error: ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
# %%
i = np.array([1, 2])
i += 0.5
# expect error: UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
# %%
np.array([1, 2])[1.5]
# expect error: IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
# %%
len(np.float64(1.0) * np.array(3))
# expect error: TypeError: object of type 'numpy.float64' has no len()
# %%
np.zeros((2, 2)).reshape(3)
# expect error: ValueError: cannot reshape array of size 4 into shape (3,)
# %%
np.array([1]).item(5)
# expect error: IndexError: index 5 is out of bounds for axis 0 with size 1
# %%
np.random.seed(-1)
# expect error: ValueError: Seed must be between 0 and 2**32 - 1
# %%
np.array([1.0, 2.0]).mean(axis=1)
# expect error: AxisError: axis 1 is out of bounds for array of dimension 1
# %%
np.stack([np.ones(2), np.ones(3)])
# expect error: ValueError: all input arrays must have the same shape
# %%
np.ones(2) - np.ones((3, 1, 4))
# expect error: ValueError: operands could not be broadcast together with shapes (2,) (3,1,4) 
# %%
x = np.zeros(3)
x[1:3] = [1, 2, 3]
# expect error: ValueError: could not broadcast input array from shape (3,) into shape (2,)
# %%
try:
    np.ones(3).sum(axis=5)
except ValueError as e:
    print("ValueError caught:", e)
try:
    np.ones(3)[7]
except IndexError as e:
    print("IndexError caught:", e)
# expect: ValueError caught: axis 5 is out of bounds for array of dimension 1
# expect: IndexError caught: index 7 is out of bounds for axis 0 with size 3

import numpy as np
np.random.seed(42)
np.random.rand(3)
# expect: array([0.37454012, 0.95071431, 0.73199394])
# %%
np.random.rand(2, 2)
# expect: array([[0.59865848, 0.15601864],
# expect:        [0.15599452, 0.05808361]])
# %%
np.random.seed(0)
np.random.randn(4)
# expect: array([1.76405235, 0.40015721, 0.97873798, 2.2408932 ])
# %%
np.random.seed(1)
np.random.randint(0, 10, size=5)
# expect: array([5, 8, 9, 5, 0])
# %%
np.random.randint(5, size=(2, 3))
# expect: array([[0, 1, 4],
# expect:        [4, 1, 2]])
# %%
np.random.seed(2)
np.random.uniform(-1, 1, size=3)
# expect: array([-0.1280102 , -0.94814754,  0.09932496])
# %%
np.random.normal(10, 2, size=(2, 2))
# expect: array([[6.09240718, 6.82623661],
# expect:        [7.85108896, 8.76555379]])
# %%
np.random.seed(3)
print(np.random.random(), np.random.random_sample((2,)))
# expect: 0.5507979025745755 [0.70814782 0.29090474]
# %%
np.random.seed(4)
arr = np.arange(10)
np.random.shuffle(arr)
arr
# expect: array([3, 8, 4, 9, 2, 6, 0, 1, 5, 7])
# %%
np.random.seed(4)
items = [1, 2, 3, 4, 5, 6]
np.random.shuffle(items)
items
# expect: [5, 6, 4, 1, 2, 3]
# %%
np.random.seed(5)
np.random.permutation(8)
# expect: array([7, 2, 4, 1, 0, 5, 6, 3])
# %%
np.random.permutation(np.array([10, 20, 30, 40]))
# expect: array([10, 20, 30, 40])
# %%
np.random.seed(6)
np.random.choice(5, 3)
# expect: array([2, 1, 3])
# %%
np.random.choice([1.5, 2.5, 3.5], size=4)
# expect: array([1.5, 3.5, 2.5, 3.5])
# %%
np.random.choice(10, 4, replace=False)
# expect: array([4, 9, 6, 7])
# %%
np.random.choice(3, 5, p=[0.1, 0.3, 0.6])
# expect: array([2, 2, 1, 1, 1])
# %%
np.random.seed(7)
print(type(np.random.randint(3)), np.random.randint(3))
# expect: <class 'int'> 1
# %%
from numpy.random import seed, rand
import numpy.random
seed(42)
print(rand(2), numpy.random is np.random)
# expect: [0.37454012 0.95071431] True
# %%
np.random.seed(8)
w = np.random.randn(3, 2) * 0.1
w
# expect: array([[ 0.00912047,  0.10912827],
# expect:        [-0.19469703, -0.13863495],
# expect:        [-0.22964916,  0.24098343]])

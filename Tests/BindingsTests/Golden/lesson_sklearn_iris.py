from sklearn.datasets import load_iris
import numpy as np
iris=load_iris()
x=iris.data[0:99,2]
y=iris.target[0:99]
print(x.shape, y.shape, x[:5], y[45:55])
print(x.min(), x.max(), y.sum())
# expect: (99,) (99,) [1.4 1.4 1.3 1.5 1.4] [0 0 0 0 0 1 1 1 1 1]
# expect: 1.0 5.1 49
# %%
from sklearn.preprocessing import LabelBinarizer
y=iris.target
label_binarizer = LabelBinarizer()
label_binarizer.fit(range(max(y)+1))
y = label_binarizer.transform(y)
print(y.shape)
print(y[:2])
print(y[-2:])
print(y.sum(axis=0))
# expect: (150, 3)
# expect: [[1 0 0]
# expect:  [1 0 0]]
# expect: [[0 0 1]
# expect:  [0 0 1]]
# expect: [50 50 50]

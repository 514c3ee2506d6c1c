import numpy as np
from sklearn.datasets import load_iris
from sklearn.preprocessing import LabelBinarizer, LabelEncoder, OneHotEncoder, StandardScaler, MinMaxScaler
iris = load_iris()
y = iris.target
label_binarizer = LabelBinarizer()
label_binarizer.fit(range(max(y)+1))
y = label_binarizer.transform(y)
print(y.shape, y[0], y[50], y[149], y.dtype)
print(label_binarizer.classes_)
label_binarizer
# expect: (150, 3) [1 0 0] [0 1 0] [0 0 1] int64
# expect: [0 1 2]
# expect: LabelBinarizer()
# %%
lb = LabelBinarizer()
Y = lb.fit_transform(iris.target[:100])
print(Y.shape, Y[:2].tolist(), Y[-2:].tolist(), lb.classes_)
print(lb.inverse_transform(np.array([[0.2], [0.7]])))
# golden: manual (string labels are lists of str in Neurona)
lb2 = LabelBinarizer().fit(["no", "yes", "no"])
print(lb2.transform(["yes", "no"]).tolist(), lb2.classes_)
# expect: (100, 1) [[0], [0]] [[1], [1]] [0 1]
# expect: [0 1]
# expect: [[1], [0]] ['no', 'yes']
# %%
lb3 = LabelBinarizer(neg_label=-1)
print(lb3.fit_transform([1, 2, 3, 2]).tolist())
print(lb3.inverse_transform(np.array([[0.1, 0.9, 0.3]])))
lb3
# expect: [[1, -1, -1], [-1, 1, -1], [-1, -1, 1], [-1, 1, -1]]
# expect: [2]
# expect: LabelBinarizer(neg_label=-1)
# %%
# golden: manual (string labels are lists of str in Neurona)
le = LabelEncoder()
print(le.fit_transform(["paris", "tokyo", "paris", "amsterdam"]), le.classes_)
print(le.inverse_transform([2, 0]))
le
# expect: [1 2 1 0] ['amsterdam', 'paris', 'tokyo']
# expect: ['tokyo', 'amsterdam']
# expect: LabelEncoder()
# %%
# golden: manual (string labels are lists of str in Neurona)
enc = OneHotEncoder(sparse_output=False)
print(enc.fit_transform(iris.target.reshape(-1, 1))[[0, 50, 149]])
print(enc.categories_)
enc2 = OneHotEncoder(sparse_output=False, handle_unknown="ignore")
print(enc2.fit_transform([["red", "S"], ["blue", "M"], ["red", "M"]]))
print(enc2.categories_)
print(enc2.get_feature_names_out())
enc2
# expect: [[1. 0. 0.]
# expect:  [0. 1. 0.]
# expect:  [0. 0. 1.]]
# expect: [array([0, 1, 2])]
# expect: [[0. 1. 0. 1.]
# expect:  [1. 0. 1. 0.]
# expect:  [0. 1. 1. 0.]]
# expect: [['blue', 'red'], ['M', 'S']]
# expect: ['x0_blue', 'x0_red', 'x1_M', 'x1_S']
# expect: OneHotEncoder(handle_unknown='ignore', sparse_output=False)
# %%
sc = StandardScaler()
Xs = sc.fit_transform(iris.data)
print(np.round(sc.mean_, 6), np.round(sc.scale_, 6), np.round(sc.var_, 6))
print(np.round(Xs[0], 6), round(float(Xs.mean()), 10), round(float(Xs.std()), 10))
print(np.round(sc.inverse_transform(Xs[:1]), 6))
sc
# expect: [5.843333 3.057333 3.758    1.199333] [0.825301 0.434411 1.759404 0.759693] [0.681122 0.188713 3.095503 0.577133]
# expect: [-0.900681  1.019004 -1.340227 -1.315444] -0.0 1.0
# expect: [[5.1 3.5 1.4 0.2]]
# expect: StandardScaler()
# %%
mm = MinMaxScaler()
Xm = mm.fit_transform(iris.data)
print(mm.data_min_, mm.data_max_, np.round(mm.scale_, 6))
print(np.round(Xm[0], 6), Xm.min(), Xm.max())
mm2 = MinMaxScaler(feature_range=(-1, 1))
print(np.round(mm2.fit_transform([[1.0, 10.0], [2.0, 20.0], [4.0, 30.0]]), 6))
mm2
# expect: [4.3 2.  1.  0.1] [7.9 4.4 6.9 2.5] [0.277778 0.416667 0.169492 0.416667]
# expect: [0.222222 0.625    0.067797 0.041667] 0.0 1.0
# expect: [[-1.       -1.      ]
# expect:  [-0.333333  0.      ]
# expect:  [ 1.        1.      ]]
# expect: MinMaxScaler(feature_range=(-1, 1))
# %%
StandardScaler().transform(iris.data)
# expect error: NotFittedError: This StandardScaler instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.
# %%
StandardScaler().fit(iris.data).transform(iris.data[:, :2])
# expect error: ValueError: X has 2 features, but StandardScaler is expecting 4 features as input.

from sklearn.datasets import load_iris, load_breast_cancer, load_wine, load_digits, load_diabetes
import numpy as np
iris = load_iris()
print(iris.data.shape, iris.target.shape, iris.data.dtype, iris.target.dtype)
print(iris.data[0], iris.target[:3], iris.target[-3:])
print(iris.feature_names)
print(list(iris.keys()))
print(iris["target"][50], "data" in iris, len(iris))
print(round(float(iris.data.sum()), 4), iris.target.sum())
print(iris.DESCR.split("\n")[2])
print(iris.filename)
# expect: (150, 4) (150,) float64 int64
# expect: [5.1 3.5 1.4 0.2] [0 0 0] [2 2 2]
# expect: ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)']
# expect: ['data', 'target', 'frame', 'target_names', 'DESCR', 'feature_names', 'filename', 'data_module']
# expect: 1 True 8
# expect: 2078.7 150
# expect: Iris plants dataset
# expect: iris.csv
# %%
X, y = load_iris(return_X_y=True)
print(X.shape, y.shape, [int((y == k).sum()) for k in range(3)])
print(X[0:99, 2][:5], y[0:99][-3:])
# expect: (150, 4) (150,) [50, 50, 50]
# expect: [1.4 1.4 1.3 1.5 1.4] [1 1 1]
# %%
bc = load_breast_cancer()
print(bc.data.shape, bc.target.shape, [int((bc.target == k).sum()) for k in range(2)])
print([str(s) for s in bc.feature_names[:3]], [str(s) for s in bc.target_names])
print(round(float(bc.data.sum()), 4), round(float(bc.data[:, 0].mean()), 6))
# expect: (569, 30) (569,) [212, 357]
# expect: ['mean radius', 'mean texture', 'mean perimeter'] ['malignant', 'benign']
# expect: 1056474.4596 14.127292
# %%
wine = load_wine()
print(wine.data.shape, [int((wine.target == k).sum()) for k in range(3)], [str(s) for s in wine.target_names])
print(wine.feature_names[-1], round(float(wine.data.sum()), 4))
# expect: (178, 13) [59, 71, 48] ['class_0', 'class_1', 'class_2']
# expect: proline 159975.296
# %%
digits = load_digits()
print(digits.data.shape, digits.images.shape, digits.target_names, digits.target[:10])
print(list(digits.keys()))
print(digits.feature_names[:3], digits.images[0][1])
d5 = load_digits(n_class=5)
print(d5.data.shape, d5.target.max(), round(float(d5.data.sum()), 1))
# expect: (1797, 64) (1797, 8, 8) [0 1 2 3 4 5 6 7 8 9] [0 1 2 3 4 5 6 7 8 9]
# expect: ['data', 'target', 'frame', 'feature_names', 'target_names', 'images', 'DESCR']
# expect: ['pixel_0_0', 'pixel_0_1', 'pixel_0_2'] [ 0.  0. 13. 15. 10. 15.  5.  0.]
# expect: (901, 64) 4 281378.0
# %%
dia = load_diabetes()
print(dia.data.shape, dia.target.dtype, dia.target[:3])
print(dia.feature_names)
print(list(dia.keys()))
print(np.round(dia.data[0, :3], 6), round(float((dia.data ** 2).sum(axis=0)[0]), 6))
raw = load_diabetes(scaled=False)
print(raw.data[0, :4])
print("target_names" in dia)
# expect: (442, 10) float64 [151.  75. 141.]
# expect: ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6']
# expect: ['data', 'target', 'frame', 'DESCR', 'feature_names', 'data_filename', 'target_filename', 'data_module']
# expect: [0.038076 0.05068  0.061696] 1.0
# expect: [ 59.    2.   32.1 101. ]
# expect: False
# %%
from sklearn.datasets import make_moons, make_circles, make_blobs, make_classification, make_regression
X, y = make_moons(n_samples=100, noise=0.1, random_state=0)
print(X.shape, y[:10], np.round(X[:2], 6))
X, y = make_circles(n_samples=50, noise=0.05, factor=0.5, random_state=1)
print(X.shape, y[:10], np.round(X[0], 6))
X, y, centers = make_blobs(n_samples=30, centers=3, n_features=2, random_state=42, return_centers=True)
print(X.shape, y[:10], np.round(centers, 4))
X, y = make_classification(n_samples=20, n_features=4, n_informative=2, n_redundant=0, random_state=3)
print(X.shape, y, np.round(X[0], 6))
X, y = make_regression(n_samples=10, n_features=3, noise=1.0, random_state=0)
print(X.shape, np.round(y[:3], 4))
# expect: (100, 2) [0 1 0 1 1 1 0 1 1 1] [[-0.053484  0.992582]
# expect:  [ 1.8199   -0.1756  ]]
# expect: (50, 2) [1 1 1 1 0 0 1 1 1 1] [0.523399 0.287094]
# expect: (30, 2) [0 1 1 1 0 0 1 2 0 2] [[-2.5092  9.0143]
# expect:  [ 4.6399  1.9732]
# expect:  [-6.8796 -6.8801]]
# expect: (20, 4) [0 0 1 1 1 1 1 1 1 1 0 0 0 1 0 0 1 0 0 0] [ 0.238563 -1.370669  0.737451 -1.069653]
# expect: (10, 3) [303.1143  75.8092 126.6239]
# %%
np.random.seed(7)
X, y = make_moons(n_samples=6, noise=0.2)
print(np.round(X, 5))
print(np.random.rand())
# expect: [[ 1.86300e-02  1.14018e+00]
# expect:  [ 1.96860e+00  4.41970e-01]
# expect:  [ 1.40515e+00 -2.70000e-04]
# expect:  [-1.09539e+00  2.43350e-01]
# expect:  [-3.26300e-02  9.33150e-01]
# expect:  [ 9.97010e-01 -4.95720e-01]]
# expect: 0.4521239618176831

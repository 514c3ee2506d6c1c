import numpy as np
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [1.5, 2.0, -3.25], "name": ["x", "yy", "zzz"]})
df
# expect:    a     b name
# expect: 0  1  1.50    x
# expect: 1  2  2.00   yy
# expect: 2  3 -3.25  zzz
# %%
print(df.shape, len(df), list(df.columns))
df.columns
# expect: (3, 3) 3 ['a', 'b', 'name']
# expect: Index(['a', 'b', 'name'], dtype='str')
# %%
df["a"]
# expect: 0    1
# expect: 1    2
# expect: 2    3
# expect: Name: a, dtype: int64
# %%
print(df["b"])
print(df["name"])
# expect: 0    1.50
# expect: 1    2.00
# expect: 2   -3.25
# expect: Name: b, dtype: float64
# expect: 0      x
# expect: 1     yy
# expect: 2    zzz
# expect: Name: name, dtype: str
# %%
print(df["a"].values, df["a"].to_numpy().dtype, df["b"].values.shape)
# expect: [1 2 3] int64 (3,)
# %%
for column in df:
    print(column, "a" in df, "z" in df)
# expect: a True False
# expect: b True False
# expect: name True False
# %%
df.describe()
# expect:          a         b
# expect: count  3.0  3.000000
# expect: mean   2.0  0.083333
# expect: std    1.0  2.897556
# expect: min    1.0 -3.250000
# expect: 25%    1.5 -0.875000
# expect: 50%    2.0  1.500000
# expect: 75%    2.5  1.750000
# expect: max    3.0  2.000000
# %%
print(df.head(2))
print(df.drop(columns=["name"]).values)
# expect:    a    b name
# expect: 0  1  1.5    x
# expect: 1  2  2.0   yy
# expect: [[ 1.    1.5 ]
# expect:  [ 2.    2.  ]
# expect:  [ 3.   -3.25]]
# %%
df.drop("name", axis=1).to_numpy()
# expect: array([[ 1.  ,  1.5 ],
# expect:        [ 2.  ,  2.  ],
# expect:        [ 3.  , -3.25]])
# %%
df.drop(columns=["z"])
# expect error: KeyError: "['z'] not found in axis"
# %%
df["z"]
# expect error: KeyError: 'z'
# %%
pd.get_dummies(df["name"])
# expect:        x     yy    zzz
# expect: 0   True  False  False
# expect: 1  False   True  False
# expect: 2  False  False   True
# %%
pd.get_dummies(pd.Series([2, 0, 2]), dtype=int)
# expect:    0  2
# expect: 0  0  1
# expect: 1  1  0
# expect: 2  0  1
# %%
pd.DataFrame(np.arange(6).reshape(3, 2), columns=["p", "q"])
# expect:    p  q
# expect: 0  0  1
# expect: 1  2  3
# expect: 2  4  5
# %%
pd.DataFrame(np.arange(6).reshape(3, 2))
# expect:    0  1
# expect: 0  0  1
# expect: 1  2  3
# expect: 2  4  5
# %%
pd.DataFrame({"a": [0.123456789, 1234567.0], "b": [1e-8, 1.0], "c": [np.nan, 1.0]})
# expect:               a             b    c
# expect: 0  1.234568e-01  1.000000e-08  NaN
# expect: 1  1.234567e+06  1.000000e+00  1.0
# %%
f = open("/tmp/neurona_pandas_test.csv", "w")
f.write("x,y,label\n1,2.5,a\n3,,b\n5,6.0,a\n")
f.close()
data = pd.read_csv("/tmp/neurona_pandas_test.csv")
print(data)
print(data.fillna(0))
print(data["y"].mean(), data["x"].sum(), data["y"].max())
# expect:    x    y label
# expect: 0  1  2.5     a
# expect: 1  3  NaN     b
# expect: 2  5  6.0     a
# expect:    x    y label
# expect: 0  1  2.5     a
# expect: 1  3  0.0     b
# expect: 2  5  6.0     a
# expect: 4.25 9 6.0
# %%
pd.read_csv("/tmp/neurona_pandas_test.csv", header=None)
# expect:    0    1      2
# expect: 0  x    y  label
# expect: 1  1  2.5      a
# expect: 2  3  NaN      b
# expect: 3  5  6.0      a
# %%
pd.read_csv("/tmp/neurona_pandas_test.csv", names=["u", "v", "w"], header=0)
# expect:    u    v  w
# expect: 0  1  2.5  a
# expect: 1  3  NaN  b
# expect: 2  5  6.0  a
# %%
f = open("/tmp/neurona_pandas_test.tsv", "w")
f.write("1;2\n3;4\n")
f.close()
pd.read_csv("/tmp/neurona_pandas_test.tsv", sep=";", header=None, names=["p", "q"]).values
# expect: array([[1, 2],
# expect:        [3, 4]])
# %%
pd.get_dummies(data)
# expect:    x    y  label_a  label_b
# expect: 0  1  2.5     True    False
# expect: 1  3  NaN    False     True
# expect: 2  5  6.0     True    False
# %%
big = pd.DataFrame({"a": np.arange(100), "b": np.arange(100) * 0.5})
big
# expect:      a     b
# expect: 0    0   0.0
# expect: 1    1   0.5
# expect: 2    2   1.0
# expect: 3    3   1.5
# expect: 4    4   2.0
# expect: ..  ..   ...
# expect: 95  95  47.5
# expect: 96  96  48.0
# expect: 97  97  48.5
# expect: 98  98  49.0
# expect: 99  99  49.5
# expect:
# expect: [100 rows x 2 columns]
# %%
big["a"]
# expect: 0      0
# expect: 1      1
# expect: 2      2
# expect: 3      3
# expect: 4      4
# expect:       ..
# expect: 95    95
# expect: 96    96
# expect: 97    97
# expect: 98    98
# expect: 99    99
# expect: Name: a, Length: 100, dtype: int64
# %%
pd.DataFrame({"a": np.arange(12)})["a"].head(11)
# expect: 0      0
# expect: 1      1
# expect: 2      2
# expect: 3      3
# expect: 4      4
# expect: 5      5
# expect: 6      6
# expect: 7      7
# expect: 8      8
# expect: 9      9
# expect: 10    10
# expect: Name: a, dtype: int64
# %%
df["c"] = df["a"] * 2
df["d"] = 0
df
# expect:    a     b name  c  d
# expect: 0  1  1.50    x  2  0
# expect: 1  2  2.00   yy  4  0
# expect: 2  3 -3.25  zzz  6  0
# %%
# A course-style preparation: features without the label column, one-hot labels.
X = data.drop(columns=["label"]).fillna(0).values
y = pd.get_dummies(data["label"]).values
print(X.dtype, X.shape, y.dtype, y.shape)
print(X)
y
# expect: float64 (3, 2) bool (3, 2)
# expect: [[1.  2.5]
# expect:  [3.  0. ]
# expect:  [5.  6. ]]
# expect: array([[ True, False],
# expect:        [False,  True],
# expect:        [ True, False]])
# %%
s = df["a"]
print(s * 2 + 1)
print(df[df["a"] > 1])
# expect: 0    3
# expect: 1    5
# expect: 2    7
# expect: Name: a, dtype: int64
# expect:    a     b name  c  d
# expect: 1  2  2.00   yy  4  0
# expect: 2  3 -3.25  zzz  6  0
# %%
print(df.tail(1), df.a.tolist(), df["b"].min(), df["b"].std())
# expect:    a     b name  c  d
# expect: 2  3 -3.25  zzz  6  0 [1, 2, 3] -3.25 2.8975564417856186
# %%
pd.DataFrame([[1, 2.5], [3, 4.0]], columns=["i", "f"]).describe()
# expect:               i        f
# expect: count  2.000000  2.00000
# expect: mean   2.000000  3.25000
# expect: std    1.414214  1.06066
# expect: min    1.000000  2.50000
# expect: 25%    1.500000  2.87500
# expect: 50%    2.000000  3.25000
# expect: 75%    2.500000  3.62500
# expect: max    3.000000  4.00000
# %%
pd.DataFrame({"v": [1.0, np.nan, 3.0, 10.0]}).describe()
# expect:                v
# expect: count   3.000000
# expect: mean    4.666667
# expect: std     4.725816
# expect: min     1.000000
# expect: 25%     2.000000
# expect: 50%     3.000000
# expect: 75%     6.500000
# expect: max    10.000000
# %%
pd.Series([0.5, 1.25], name="w")
# expect: 0    0.50
# expect: 1    1.25
# expect: Name: w, dtype: float64

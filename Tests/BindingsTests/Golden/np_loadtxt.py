import numpy as np
f = open("/tmp/neurona_loadtxt_test.csv", "w")
f.write("a,b,c\n1,2,3\n4,5,6\n7,8,9\n")
f.close()
data = np.loadtxt("/tmp/neurona_loadtxt_test.csv", delimiter=",", skiprows=1)
print(data.shape, data.dtype)
print(data)
print(np.loadtxt("/tmp/neurona_loadtxt_test.csv", delimiter=",", skiprows=1, usecols=(0, 2)))
print(np.loadtxt("/tmp/neurona_loadtxt_test.csv", delimiter=",", skiprows=1, dtype=int)[1])
print(np.loadtxt("/tmp/neurona_loadtxt_test.csv", delimiter=",", skiprows=1, usecols=1))
# expect: (3, 3) float64
# expect: [[1. 2. 3.]
# expect:  [4. 5. 6.]
# expect:  [7. 8. 9.]]
# expect: [[1. 3.]
# expect:  [4. 6.]
# expect:  [7. 9.]]
# expect: [4 5 6]
# expect: [2. 5. 8.]
# %%
g = open("/tmp/neurona_genfromtxt_test.csv", "w")
g.write("x,y\n1.5,2\n,4\n5,abc\n")
g.close()
print(np.genfromtxt("/tmp/neurona_genfromtxt_test.csv", delimiter=",", skip_header=1))
# expect: [[1.5 2. ]
# expect:  [nan 4. ]
# expect:  [5.  nan]]
# %%
h = open("/tmp/neurona_ws_test.txt", "w")
h.write("# comment\n1 2\n3 4\n")
h.close()
print(np.loadtxt("/tmp/neurona_ws_test.txt"))
# expect: [[1. 2.]
# expect:  [3. 4.]]
# %%
np.loadtxt("/tmp/neurona_genfromtxt_test.csv", delimiter=",", skiprows=1)
# expect error: ValueError: could not convert string '' to float64 at row 1, column 1.
# %%
r = open("/tmp/neurona_ragged_test.csv", "w")
r.write("1,2,3\n4,5\n")
r.close()
np.loadtxt("/tmp/neurona_ragged_test.csv", delimiter=",")
# expect error: ValueError: the number of columns changed from 3 to 2 at row 2; use `usecols` to select a subset and avoid this error
# %%
np.loadtxt("/tmp/neurona_missing_file.csv")
# expect error: FileNotFoundError: /tmp/neurona_missing_file.csv not found.

# NumPy-only code from the course (seeds 000 and 001), with Keras' parts replaced by numbers.
import numpy as np
xs = np.array([-1, 0, 1, 2, 3, 4], dtype=float)
ys = np.array([-3, -1, 1, 3, 5, 7], dtype=float)
print(xs)
print(ys)
xs.dtype
# expect: [-1.  0.  1.  2.  3.  4.]
# expect: [-3. -1.  1.  3.  5.  7.]
# expect: dtype('float64')
# %%
w, b = 2.0, -1.0
print(w * xs + b)
np.allclose(w * xs + b, ys)
# expect: [-3. -1.  1.  3.  5.  7.]
# expect: True
# %%
np.random.seed(5)
x = np.array([1.4, 1.4, 1.3, 1.5, 1.4, 1.7, 1.4, 1.5, 1.4, 1.5, 1.5, 1.6, 1.4, 1.1, 1.2,
              4.7, 4.5, 4.9, 4.0, 4.6, 4.5, 4.7, 3.3, 4.6, 3.9])
y = np.array([0] * 15 + [1] * 10)
print(x.shape, y.shape, x.mean(), y.sum())
# expect: (25,) (25,) 2.6 10
# %%
def sigmoid(z):
    return 1/(1 + np.exp(-z))

w_2, b_2 = 0.5823891, -0.0812
w_3, b_3 = -0.31244, 0.1023
w_4, b_4 = 0.9021, -0.4409
w_52, w_53, w_54, b_5 = 1.2101, -0.7303, 0.4512, -0.2

def predict_formula(x):
    part1=w_52*sigmoid(w_2*x+b_2)
    part2=w_53*sigmoid(w_3*x+b_3)
    part3=w_54*sigmoid(w_4*x+b_4)
    part4=b_5
    z=part1+part2+part3+part4
    return sigmoid(z)

y_predicho_formula = predict_formula(x)
y_predicho_formula[:5]
# expect: array([0.65171449, 0.65171449, 0.64488799, 0.65833361, 0.65171449])
# %%
print(sigmoid(0), sigmoid(np.array([-1.0, 0.0, 1.0])))
# expect: 0.5 [0.26894142 0.5        0.73105858]
# %%
y_predicho_red_neuronal = predict_formula(x).astype(np.float32)
np.column_stack((y_predicho_red_neuronal, y_predicho_formula))[:6]
# expect: array([[0.6517145 , 0.65171449],
# expect:        [0.6517145 , 0.65171449],
# expect:        [0.64488798, 0.64488799],
# expect:        [0.6583336 , 0.65833361],
# expect:        [0.6517145 , 0.65171449],
# expect:        [0.67092788, 0.67092787]])
# %%
pairs = np.column_stack((y_predicho_red_neuronal, y_predicho_formula))
print(pairs.shape, pairs.dtype)
print(np.round(pairs[-3:], 4))
# expect: (25, 2) float64
# expect: [[0.7419 0.7419]
# expect:  [0.7711 0.7711]
# expect:  [0.7576 0.7576]]
# %%
aciertos = (y_predicho_formula > 0.5) == (y == 1)
print(aciertos.sum(), "de", len(y), f"{aciertos.mean():.2%}")
# expect: 10 de 25 40.00%
# %%
W1 = np.array([[w_2, w_3, w_4]])
B1 = np.array([b_2, b_3, b_4])
W2 = np.array([[w_52], [w_53], [w_54]])
B2 = np.array([b_5])
def predict_matrix(x):
    hidden = sigmoid(x.reshape(-1, 1) @ W1 + B1)
    return sigmoid(hidden @ W2 + B2)
salida = predict_matrix(x)
print(salida.shape, np.allclose(salida[:, 0], y_predicho_formula))
salida[:3]
# expect: (25, 1) True
# expect: array([[0.65171449],
# expect:        [0.65171449],
# expect:        [0.64488799]])
# %%
features = np.column_stack((np.array([5.1, 4.9, 6.3]), np.array([1.4, 1.4, 4.9])))
features
# expect: array([[5.1, 1.4],
# expect:        [4.9, 1.4],
# expect:        [6.3, 4.9]])
# %%
def tanh(z):
    return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
print(np.allclose(tanh(xs), np.tanh(xs)))
np.maximum(0, xs)
# expect: True
# expect: array([0., 0., 1., 2., 3., 4.])

# The layer classes of keras.layers: output shapes, parameter counts and forward values on fixed
# inputs and weights. Expected lines come from Keras 3.15.1 (JAX backend).
import numpy as np
import keras
from keras import layers
from keras.models import Sequential
x = np.array([[-2.0, -0.5, 0.0, 0.5, 3.0], [1.0, -1.0, 2.0, -3.0, 0.25]])
def show(layer, data=x, **kwargs):
    print(np.round(np.asarray(layer(data, **kwargs)), 4))
# %%
dense = layers.Dense(3, activation="relu")
dense.build((None, 5))
print(dense.count_params(), dense.kernel.shape, dense.bias.shape, dense.activation.__name__)
dense.set_weights([np.arange(15, dtype="float32").reshape(5, 3) / 10 - 0.7, np.array([0.5, -0.5, 0.0])])
show(dense)
# expect: 18 (5, 3) (3,) relu
# expect: [[3.7 2.8 3.4]
# expect:  [0.  0.  0. ]]
# %%
plain = layers.Dense(2, use_bias=False, kernel_initializer="ones")
show(plain)
print(plain.count_params(), len(plain.get_weights()), plain.use_bias)
# expect: [[ 1.    1.  ]
# expect:  [-0.75 -0.75]]
# expect: 10 1 False
# %%
biased = layers.Dense(2, kernel_initializer="zeros", bias_initializer="ones", activation="sigmoid")
show(biased)
print([w.tolist() for w in biased.get_weights()])
# expect: [[0.7311 0.7311]
# expect:  [0.7311 0.7311]]
# expect: [[[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]], [1.0, 1.0]]
# %%
model = Sequential([layers.Input(shape=(5,)), layers.Dense(4, activation="tanh"), layers.Dense(1)])
print(model.input_shape, model.output_shape, model.count_params(), len(model.layers))
# expect: (None, 5) (None, 1) 29 2
# %%
model = Sequential([layers.InputLayer(shape=(3,)), layers.Dense(2)])
print(model.input_shape, model.output_shape, [type(l).__name__ for l in model.layers])
# expect: (None, 3) (None, 2) ['Dense']
# %%
model = Sequential([layers.Dense(6, input_shape=(4,)), layers.Dense(2, input_dim=6)])
print(model.output_shape, model.count_params())
# expect: (None, 2) 44
# %%
flatten = layers.Flatten()
cube = np.arange(24, dtype=float).reshape(2, 3, 4)
print(np.asarray(flatten(cube)).shape, np.asarray(flatten(cube))[1, :5])
model = Sequential([layers.Input((3, 4)), layers.Flatten(), layers.Dense(2)])
print(model.output_shape, model.count_params(), model.layers[0].count_params())
# expect: (2, 12) [12. 13. 14. 15. 16.]
# expect: (None, 2) 26 0
# %%
drop = layers.Dropout(0.5)
show(drop)
print(drop.rate, drop.count_params())
# expect: [[-2.   -0.5   0.    0.5   3.  ]
# expect:  [ 1.   -1.    2.   -3.    0.25]]
# expect: 0.5 0
# %%
out = np.asarray(drop(np.ones((200, 50)), training=True))
print(out.shape, sorted(set(np.round(out.ravel(), 4).tolist())), 0.4 < (out == 0).mean() < 0.6)
# expect: (200, 50) [0.0, 2.0] True
# %%
model = Sequential([layers.Input((5,)), layers.Dense(8), layers.Dropout(0.25), layers.Dense(1)])
print(model.output_shape, model.count_params(), [layer.name for layer in model.layers])
# expect: (None, 1) 57 ['dense_9', 'dropout_1', 'dense_10']
# %%
show(layers.Activation("sigmoid"))
show(layers.Activation("tanh"))
show(layers.Activation(keras.activations.softplus))
# expect: [[0.1192 0.3775 0.5    0.6225 0.9526]
# expect:  [0.7311 0.2689 0.8808 0.0474 0.5622]]
# expect: [[-0.964  -0.4621  0.      0.4621  0.9951]
# expect:  [ 0.7616 -0.7616  0.964  -0.9951  0.2449]]
# expect: [[0.1269 0.4741 0.6931 0.9741 3.0486]
# expect:  [1.3133 0.3133 2.1269 0.0486 0.8259]]
# %%
show(layers.ReLU())
show(layers.ReLU(max_value=1.0))
show(layers.ReLU(negative_slope=0.1))
show(layers.ReLU(threshold=0.4))
show(layers.ReLU(max_value=2.0, negative_slope=0.5, threshold=0.5))
# expect: [[0.   0.   0.   0.5  3.  ]
# expect:  [1.   0.   2.   0.   0.25]]
# expect: [[0.   0.   0.   0.5  1.  ]
# expect:  [1.   0.   1.   0.   0.25]]
# expect: [[-0.2  -0.05  0.    0.5   3.  ]
# expect:  [ 1.   -0.1   2.   -0.3   0.25]]
# expect: [[0.  0.  0.  0.5 3. ]
# expect:  [1.  0.  2.  0.  0. ]]
# expect: [[-1.25  -0.5   -0.25   0.     2.   ]
# expect:  [ 1.    -0.75   2.    -1.75  -0.125]]
# %%
layers.ReLU(threshold=-1.0)
# expect error: ValueError: threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0
# %%
show(layers.LeakyReLU())
show(layers.LeakyReLU(negative_slope=0.2))
show(layers.LeakyReLU(alpha=0.05))
# expect: [[-0.6  -0.15  0.    0.5   3.  ]
# expect:  [ 1.   -0.3   2.   -0.9   0.25]]
# expect: [[-0.4  -0.1   0.    0.5   3.  ]
# expect:  [ 1.   -0.2   2.   -0.6   0.25]]
# expect: [[-0.1   -0.025  0.     0.5    3.   ]
# expect:  [ 1.    -0.05   2.    -0.15   0.25 ]]
# %%
show(layers.ELU())
show(layers.ELU(alpha=0.5))
# expect: [[-0.8647 -0.3935  0.      0.5     3.    ]
# expect:  [ 1.     -0.6321  2.     -0.9502  0.25  ]]
# expect: [[-0.4323 -0.1967  0.      0.5     3.    ]
# expect:  [ 1.     -0.3161  2.     -0.4751  0.25  ]]
# %%
prelu = layers.PReLU()
show(prelu)
print(prelu.count_params(), [w.shape for w in prelu.get_weights()])
prelu.set_weights([np.full((5,), 0.25)])
show(prelu)
# expect: [[0.   0.   0.   0.5  3.  ]
# expect:  [1.   0.   2.   0.   0.25]]
# expect: 5 [(5,)]
# expect: [[-0.5   -0.125  0.     0.5    3.   ]
# expect:  [ 1.    -0.25   2.    -0.75   0.25 ]]
# %%
model = Sequential([layers.Input((5,)), layers.Dense(3), layers.PReLU()])
print(model.count_params(), model.output_shape)
# expect: 21 (None, 3)
# %%
show(layers.Softmax())
print(np.round(np.asarray(layers.Softmax()(x)).sum(axis=1), 4))
# expect: [[0.0058 0.0258 0.0426 0.0702 0.8556]
# expect:  [0.2302 0.0312 0.6257 0.0042 0.1087]]
# expect: [1. 1.]
# %%
double = layers.Lambda(lambda t: t * 2 + 1)
show(double)
model = Sequential([layers.Input((5,)), layers.Lambda(lambda t: t * t), layers.Dense(1, kernel_initializer="ones")])
print(model.output_shape, model.count_params())
print(np.round(model.predict(x, verbose=0), 4))
# expect: [[-3.   0.   1.   2.   7. ]
# expect:  [ 3.  -1.   5.  -5.   1.5]]
# expect: (None, 1) 6
# expect: [[13.5   ]
# expect:  [15.0625]]
# %%
def halve(t):
    return t / 2
print(np.round(np.asarray(layers.Lambda(halve)(x)), 4)[0])
# expect: [-1.   -0.25  0.    0.25  1.5 ]
# %%
model = Sequential([
    layers.Input((5,)),
    layers.Dense(4, kernel_initializer="ones", bias_initializer="zeros"),
    layers.LeakyReLU(negative_slope=0.1),
    layers.Dense(3, kernel_initializer="ones"),
    layers.Softmax(),
])
model.summary()
print(np.round(model.predict(x, verbose=0), 4))
# expect: Model: "sequential_7"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense_13 (Dense)                │ (None, 4)              │            24 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ leaky_re_lu_3 (LeakyReLU)       │ (None, 4)              │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_14 (Dense)                │ (None, 3)              │            15 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ softmax_2 (Softmax)             │ (None, 3)              │             0 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 39 (156.00 B)
# expect:  Trainable params: 39 (156.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# expect: [[0.3333 0.3333 0.3333]
# expect:  [0.3333 0.3333 0.3333]]
# %%
# Attributes that are None in Keras are None here too (not missing).
from keras.layers import Dense, Dropout
no_bias = Dense(2, use_bias=False)
no_bias.build((None, 3))
print(no_bias.bias, Dropout(0.5).seed)  # expect: None None

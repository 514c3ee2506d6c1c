# Model structure: summaries, parameter counts and weight shapes of the course's networks.
# Expected lines come from Keras 3.15.1 (make_keras_golden.py); the table is 76 wide as in
# a notebook.
import numpy as np
import tensorflow as tf
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense, Flatten
# %%
model = Sequential()
model.add(Dense(3, input_dim=1))
model.add(Dense(1))
model.summary()
print(model.count_params(), [w.shape for w in model.get_weights()])
print(model, model.layers[0], model.input_shape, model.output_shape)
# expect: Model: "sequential"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense (Dense)                   │ (None, 3)              │             6 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_1 (Dense)                 │ (None, 1)              │             4 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 10 (40.00 B)
# expect:  Trainable params: 10 (40.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# expect: 10 [(1, 3), (3,), (3, 1), (1,)]
# expect: <Sequential name=sequential, built=True> <Dense name=dense, built=True> (None, 1) (None, 1)
# %%
def network(sizes, activation="relu"):
    model = Sequential()
    model.add(Dense(sizes[1], input_dim=sizes[0], activation=activation))
    for units in sizes[2:-1]:
        model.add(Dense(units, activation=activation))
    model.add(Dense(sizes[-1], activation="sigmoid"))
    return model


for sizes in [[2, 4, 8, 4, 1], [2, 5, 10, 15, 20, 15, 10, 5, 2, 1], [16, 32, 64, 127, 64, 32, 16, 8, 1]]:
    model = network(sizes)
    print(sizes, model.count_params(), [layer.count_params() for layer in model.layers])
# expect: [2, 4, 8, 4, 1] 93 [12, 40, 36, 5]
# expect: [2, 5, 10, 15, 20, 15, 10, 5, 2, 1] 1105 [15, 60, 165, 320, 315, 160, 55, 12, 3]
# expect: [16, 32, 64, 127, 64, 32, 16, 8, 1] 21856 [544, 2112, 8255, 8192, 2080, 528, 136, 9]
# %%
model = network([2, 4, 8, 4, 1], activation="tanh")
model.summary()
print([w.shape for w in model.get_weights()])
print(model.layers[1].units, model.layers[1].activation.__name__, model.layers[1].kernel.shape, model.layers[1].name)
# expect: Model: "sequential_4"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense_23 (Dense)                │ (None, 4)              │            12 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_24 (Dense)                │ (None, 8)              │            40 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_25 (Dense)                │ (None, 4)              │            36 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_26 (Dense)                │ (None, 1)              │             5 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 93 (372.00 B)
# expect:  Trainable params: 93 (372.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# expect: [(2, 4), (4,), (4, 8), (8,), (8, 4), (4,), (4, 1), (1,)]
# expect: 8 tanh (4, 8) dense_24
# %%
model = Sequential([Flatten(input_shape=(28, 28)), Dense(300, activation="relu"), Dense(100, activation="relu"), Dense(10, activation="softmax")])
model.summary()
print(model.output_shape, model.get_layer("flatten").name, model.get_layer(index=1).units)
# expect: Model: "sequential_5"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ flatten (Flatten)               │ (None, 784)            │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_27 (Dense)                │ (None, 300)            │       235,500 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_28 (Dense)                │ (None, 100)            │        30,100 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_29 (Dense)                │ (None, 10)             │         1,010 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 266,610 (1.02 MB)
# expect:  Trainable params: 266,610 (1.02 MB)
# expect:  Non-trainable params: 0 (0.00 B)
# expect: (None, 10) flatten 300
# %%
tf.keras.backend.clear_session()
model = Sequential(name="mi_red")
model.add(Dense(2))
print(model.built, model)
model.summary()
# expect: False <Sequential name=mi_red, built=False>
# expect: Model: "mi_red"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense (Dense)                   │ ?                      │   0 (unbuilt) │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 0 (0.00 B)
# expect:  Trainable params: 0 (0.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# %%
model.build((None, 5))
print(model.built, model.count_params(), model.layers[0])
m2 = Sequential([tf.keras.Input(shape=(4,)), Dense(8, activation="relu"), Dense(3, activation="softmax")])
m2.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
m2.fit(np.ones((4, 4)), np.eye(3)[[0, 1, 2, 0]], epochs=1, verbose=0)
m2.summary()
last = m2.pop()
print(last, len(m2.layers), m2.output_shape)
# expect: True 12 <Dense name=dense, built=True>
# expect: Model: "sequential"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense_1 (Dense)                 │ (None, 8)              │            40 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_2 (Dense)                 │ (None, 3)              │            27 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 203 (812.00 B)
# expect:  Trainable params: 67 (268.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# expect:  Optimizer params: 136 (544.00 B)
# expect: <Dense name=dense_2, built=True> 1 (None, 8)
# %%
layer = Dense(2, kernel_initializer="ones", bias_initializer="zeros")
print(layer(np.array([[1.0, 2.0, 3.0]])))
layer.set_weights([np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([0.5, -0.5])])
print(layer(np.array([[1.0, 2.0, 3.0]])), layer.get_config()["units"], layer.get_config()["activation"])
# expect: [[6. 6.]]
# expect: [[4.5 4.5]] 2 linear
# %%
# "Optimizer params" counts only the slots Keras creates: RMSprop without momentum has one.
import numpy as np
from keras.models import Sequential
from keras.layers import Dense, Input
m = Sequential([Input((1,)), Dense(3), Dense(1)])
m.compile(loss="mse")
m.fit(np.zeros((4, 1)), np.zeros(4), verbose=0)
print(m.optimizer.__class__.__name__)  # expect: RMSprop
m.summary()
# expect: Model: "sequential_1"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense_4 (Dense)                 │ (None, 3)              │             6 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_5 (Dense)                 │ (None, 1)              │             4 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 22 (88.00 B)
# expect:  Trainable params: 10 (40.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# expect:  Optimizer params: 12 (48.00 B)

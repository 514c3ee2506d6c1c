# Keras code blocks of the course's slides on deep learning (../shared/seeds/003_a5bb1506add96a7f.txt),
# unchanged except where a comment says why. Cells whose output varies (training progress, random
# weights) carry `# output: any` and are only checked to run; the cells after them check what is
# fixed. MNIST needs a download: Debian's Fashion-MNIST (same shapes, read locally) stands in.
import numpy as np
# %%
# Ejemplo en keras, 1. Modelo. The slide's `,activation="relu"` sits outside Dense( ... ), so it
# goes to model.add, which Keras rejects.
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

model = Sequential()

# Añadimos una capa densa
model.add(Dense( 2, input_shape=(3,)),activation="relu")
# Añadimos una única neurona final para la predicción
model.add(Dense( 1 ))

# resumen
model.summary()
# golden: manual (Python 3.10+ Keras says `Sequential.add() got an unexpected keyword argument`)
# expect error: TypeError: add() got an unexpected keyword argument 'activation'
# %%
# 2. Compilador (same slip)
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

model = Sequential()

# Añadimos una capa densa
model.add(Dense( 2, input_shape=(3,)),activation="relu")
# Añadimos una única neurona final para la predicción
model.add(Dense( 1 ))

# resumen
model.summary()

model.compile(optimizer="adam", loss="mse")
# golden: manual (Python 3.10+ Keras says `Sequential.add() got an unexpected keyword argument`)
# expect error: TypeError: add() got an unexpected keyword argument 'activation'
# %%
# 1-4 with the activation inside Dense, as intended. X_train / y_train / X_test / y_test are not
# given: random data with 3 features, 20 training and 5 test samples.
X_train = np.random.rand(20, 3)
y_train = np.random.rand(20)
X_test = np.random.rand(5, 3)
y_test = np.random.rand(5)
model = Sequential()
model.add(Dense( 2, input_shape=(3,),activation="relu"))
model.add(Dense( 1 ))
model.summary()
# expect: Model: "sequential_2"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ dense_2 (Dense)                 │ (None, 2)              │             8 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_3 (Dense)                 │ (None, 1)              │             3 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 11 (44.00 B)
# expect:  Trainable params: 11 (44.00 B)
# expect:  Non-trainable params: 0 (0.00 B)
# %%
# output: any
# 3. Entrenar, 4. Predecir y evaluar
model.compile(optimizer="adam", loss="mse")

model.fit(X_train, y_train, epochs=5)

preds = model.predict(X_test)

model.evaluate(X_test, y_test)
# %%
print(preds.shape, type(model.evaluate(X_test, y_test, verbose=0)).__name__)
# expect: (5, 1) float
# %%
# Fixed weights: relu(x · W + b) then a linear neuron.
model.set_weights([np.array([[1.0, -1.0], [0.5, 2.0], [-2.0, 1.0]]), np.array([0.1, -0.2]),
                   np.array([[1.5], [-0.5]]), np.array([0.25])])
print(np.round(model.predict(np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 1.0]]), verbose=0), 4))
# expect: [[0.25]
# expect:  [0.25]]
# %%
# Ejercicio práctico: Haz un modelo de clasificación usando mnist.
# mnist.load_data() downloads; Fashion-MNIST has the same shapes and is read locally.
from tensorflow.keras.datasets import fashion_mnist as mnist

(X_train, y_train), (X_test, y_test) = mnist.load_data()
# %%
# Tips: 1. Normaliza los datos dividiendo entre 255. 2. Crea un modelo similar al siguiente
from tensorflow.keras.layers import Flatten
X_train = X_train / 255.0
X_test = X_test / 255.0
model = Sequential([
    Flatten(input_shape=(28, 28)),
    Dense(300, activation="relu"),
    Dense(100, activation="relu"),
    Dense(10, activation="softmax"),
])
model.summary()
# expect: Model: "sequential_3"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ flatten (Flatten)               │ (None, 784)            │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_4 (Dense)                 │ (None, 300)            │       235,500 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_5 (Dense)                 │ (None, 100)            │        30,100 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_6 (Dense)                 │ (None, 10)             │         1,010 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 266,610 (1.02 MB)
# expect:  Trainable params: 266,610 (1.02 MB)
# expect:  Non-trainable params: 0 (0.00 B)
# %%
# output: any
# Training on the first 2000 images for 2 epochs keeps the test fast.
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X_train[:2000], y_train[:2000], epochs=2)
model.evaluate(X_test[:500], y_test[:500])
# %%
# Ejercicio práctico: del modelo de MNIST anterior, crea otro nuevo modelo que entre cada capa
# tenga un dropout(0.5).
from tensorflow.keras.layers import Dropout
model = Sequential([
    Flatten(input_shape=(28, 28)),
    Dense(300, activation="relu"),
    Dropout(0.5),
    Dense(100, activation="relu"),
    Dropout(0.5),
    Dense(10, activation="softmax"),
])
model.summary()
# expect: Model: "sequential_4"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ flatten_1 (Flatten)             │ (None, 784)            │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_7 (Dense)                 │ (None, 300)            │       235,500 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dropout (Dropout)               │ (None, 300)            │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_8 (Dense)                 │ (None, 100)            │        30,100 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dropout_1 (Dropout)             │ (None, 100)            │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_9 (Dense)                 │ (None, 10)             │         1,010 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 266,610 (1.02 MB)
# expect:  Trainable params: 266,610 (1.02 MB)
# expect:  Non-trainable params: 0 (0.00 B)
# %%
# output: any
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X_train[:2000], y_train[:2000], epochs=2)
model.evaluate(X_test[:500], y_test[:500])
# %%
# Dropout only acts while training: predictions are deterministic.
p1 = model.predict(X_test[:20], verbose=0)
p2 = model.predict(X_test[:20], verbose=0)
print(p1.shape, np.array_equal(p1, p2), np.allclose(p1.sum(axis=1), 1, atol=1e-5))
# expect: (20, 10) True True
# %%
# CNN, ejercicio práctico: the data part (mnist.load_data() downloads, Fashion-MNIST stands in).
from keras.datasets import fashion_mnist as mnist
#download mnist data and split into train and test sets
(X_train, y_train), (X_test, y_test) = mnist.load_data()

#reshape data to fit model
X_train = X_train.reshape(60000,28,28,1)
X_test = X_test.reshape(10000,28,28,1)

from keras.utils import to_categorical
#one-hot encode target column
y_train = to_categorical(y_train)
y_test = to_categorical(y_test)
y_train[0]
# expect: array([0., 0., 0., 0., 0., 0., 0., 0., 0., 1.])
# %%
print(X_train.shape, X_test.shape, y_train.shape, y_test.shape)
# expect: (60000, 28, 28, 1) (10000, 28, 28, 1) (60000, 10) (10000, 10)
# %%
# CNN, ejemplo keras: Neurona's engine has Dense-style layers only, so Conv2D cannot be imported
# (with real Keras the block stops at the undefined img_rows: NameError).
# golden: manual
from keras.models import Sequential
from keras.layers import Dense, Conv2D, Flatten

model = Sequential()
model.add(Conv2D(10, kernel_size=3, activation='relu',
                input_shape=(img_rows, img_cols, 1)),padding="valid")

model.add(Flatten())
model.add(Dense(3, activation='softmax'))

model.compile(optimizer='adam', loss='categorical_crossentropy',
              metrics=['accuracy'])

model.fit(train_data, train_labels, validation_split=0.2,epochs=3)

model.evaluate(test_data, test_labels)
# expect error: ImportError: cannot import name 'Conv2D' from 'keras.layers'
# %%
# The other spelling of the CNN layers, through the module attribute (Keras has them; Neurona not).
# golden: manual
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Conv2D(10, kernel_size=3, input_shape=(28, 28, 1))])
# expect error: AttributeError: module 'keras.layers' has no attribute 'Conv2D'
# %%
# golden: manual
model = tf.keras.Sequential([tf.keras.layers.Input((28, 28, 1)), tf.keras.layers.MaxPooling2D(2), tf.keras.layers.LSTM(8)])
# expect error: AttributeError: module 'keras.layers' has no attribute 'MaxPooling2D'

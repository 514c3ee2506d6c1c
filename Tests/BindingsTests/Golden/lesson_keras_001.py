# Keras code blocks of the course's lesson 5 (../shared/seeds/001_ceb12471d180a61a.txt), unchanged
# except where a comment says why. Cells whose output varies (training progress, random weights)
# carry `# output: any` and are only checked to run; the cell after each checks what is fixed.
# Fashion-MNIST is Debian's copy, read locally by keras.datasets.fashion_mnist.load_data().
import tensorflow as tf
import numpy as np
from tensorflow import keras
# %%
# output: any
# Práctica 5.1. Keras Hello World
#crear la neurona más sencilla
model = tf.keras.Sequential([keras.layers.Dense(units=1, input_shape=[1])])

#compilar el modelo
model.compile(optimizer='sgd', loss='mean_squared_error')

#alimentar los datos
xs = np.array([-1, 0, 1, 2, 3, 4], dtype=float)
ys = np.array([-3, -1, 1, 3, 5, 7], dtype=float)

#entrenar
model.fit(xs, ys, epochs=500)


#predecir
# Keras 3 itself rejects the list [10.0] (ValueError: Unrecognized data type); Neurona accepts it
# like Keras 2 did.
print(model.predict([10.0]))
# %%
# The relation is y = 2x - 1: after 500 epochs the prediction for 10 is close to 19.
prediction = model.predict(np.array([10.0]), verbose=0)
print(prediction.shape, abs(float(prediction[0, 0]) - 19) < 0.5, model.count_params())
print([w.shape for w in model.get_weights()], model.output_shape)
# expect: (1, 1) True 2
# expect: [(1, 1), (1,)] (None, 1)
# %%
# With the weights set by hand the neuron computes exactly 2x - 1.
model.set_weights([np.array([[2.0]]), np.array([-1.0])])
print(model.predict(np.array([10.0, -1.0, 0.5]), verbose=0))
# expect: [[19.]
# expect:  [-3.]
# expect:  [ 0.]]
# %%
# a) Cargar el modelo (MNIST se incorpora en los datasets de keras)
mnist = tf.keras.datasets.fashion_mnist
(training_images, training_labels), (test_images, test_labels) = mnist.load_data()
# %%
print(training_images.shape, training_labels.shape, test_images.shape, test_labels.shape)
print(training_labels[:10], training_images.max())
# expect: (60000, 28, 28) (60000,) (10000, 28, 28) (10000,)
# expect: [9 0 0 3 0 2 7 2 5 5] 255
# %%
class_names = ['Camiseta', 'Pantalón', 'Jersey',
               'Vestido', 'Abrigo', 'Sandalia', 'Camisa',
               'Zapatilla', 'Bolso', 'Bota']
x, idx = tf.unique(training_labels)
for i in x:
    print(class_names[i])
# golden: manual (the aliased tensorflow of make_keras_golden.py has no unique either)
# expect error: AttributeError: module 'tensorflow' has no attribute 'unique'
# %%
# tf.unique is TensorFlow's, not Keras's, and Neurona has no tf.unique: the same listing (classes
# in order of first appearance) with NumPy.
first = [int(np.argmax(training_labels == k)) for k in range(10)]
for i in np.argsort(first):
    print(class_names[i])
# expect: Bota
# expect: Camiseta
# expect: Vestido
# expect: Jersey
# expect: Zapatilla
# expect: Sandalia
# expect: Pantalón
# expect: Camisa
# expect: Abrigo
# expect: Bolso
# %%
# b) Crear un modelo con Keras
model = tf.keras.models.Sequential([
    tf.keras.layers.Flatten(input_shape=(28,28)),
    tf.keras.layers.Dense(128, activation=tf.nn.relu),
    tf.keras.layers.Dense(10, activation=tf.nn.softmax)
])
# %%
print(model.input_shape, model.output_shape, model.count_params())
print([layer.name for layer in model.layers], [w.shape for w in model.get_weights()])
# expect: (None, 28, 28) (None, 10) 101770
# expect: ['flatten', 'dense_1', 'dense_2'] [(784, 128), (128,), (128, 10), (10,)]
# %%
# c) Compilar el modelo con un optimizador y una función de coste
model.compile(optimizer = tf.keras.optimizers.Adam(),
              loss = 'sparse_categorical_crossentropy')
# %%
# output: any
# d) Entrena el modelo con el conjunto de entrenamiento
# The course trains on all 60000 images for 5 epochs; 2000 images (scaled to 0..1) and 2 epochs
# keep the test fast.
model.fit(training_images[:2000] / 255.0, training_labels[:2000], epochs=2)
# %%
model.summary()
# expect: Model: "sequential_1"
# expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
# expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
# expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
# expect: │ flatten (Flatten)               │ (None, 784)            │             0 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_1 (Dense)                 │ (None, 128)            │       100,480 │
# expect: ├─────────────────────────────────┼────────────────────────┼───────────────┤
# expect: │ dense_2 (Dense)                 │ (None, 10)             │         1,290 │
# expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
# expect:  Total params: 305,312 (1.16 MB)
# expect:  Trainable params: 101,770 (397.54 KB)
# expect:  Non-trainable params: 0 (0.00 B)
# expect:  Optimizer params: 203,542 (795.09 KB)
# %%
# output: any
# e) evalúa cómo de bien o de mal funciona con el conjunto de test (here its first 500 images)
model.evaluate(test_images[:500] / 255.0, test_labels[:500])
# %%
# Ejercicio 1: classifications of the test images; each row holds 10 probabilities summing to 1.
classifications = model.predict(test_images[:500] / 255.0, verbose=0)
print(classifications.shape, np.allclose(classifications.sum(axis=1), 1, atol=1e-5))
print(bool((classifications >= 0).all()), classifications[0].argmax() in range(10))
# expect: (500, 10) True
# expect: True True
# %%
# output: any
# Resumen: 1. Create a model (specified to your problem)
# The course's X_train / y_train are not given: random data of the right shapes, 8 training and
# 4 test images of 224x224x3. Without a Flatten layer Dense acts on the last axis, so the model
# outputs 3 probabilities per pixel and the one-hot labels have shape (224, 224, 3) per image.
X_train = np.random.rand(8, 224, 224, 3)
y_train = np.eye(3)[np.random.randint(0, 3, (8, 224, 224))]
X_test = np.random.rand(4, 224, 224, 3)
y_test = np.eye(3)[np.random.randint(0, 3, (4, 224, 224))]
model = tf.keras.Sequential([
    tf.keras.Input(shape=(224, 224, 3)),
    tf.keras.layers.Dense(100, activation="relu"),
    tf.keras.layers.Dense(3, activation="softmax")
])

# 2. Compile the model
model.compile(loss=tf.keras.losses.CategoricalCrossentropy(),
              optimizer=tf.keras.optimizers.Adam(),
              metrics=["accuracy"])

# 3. Fit the model
model.fit(X_train, y_train, epochs=5)

# 4. Evaluate the model
model.evaluate(X_test, y_test)
# %%
# Dense acts on the last axis: each of the 224x224 pixels gets 100 then 3 outputs.
print(model.output_shape, model.count_params(), model.predict(X_test, verbose=0).shape)
# expect: (None, 224, 224, 3) 703 (4, 224, 224, 3)
# %%
# output: any
# 1. Create the model (specified to your problem)
# X_train_full / y_train_full: Fashion-MNIST's first 1000 images with one-hot labels (the loss is
# BinaryCrossentropy over 10 outputs); 2 epochs instead of 100 keep the test fast.
X_train_full = training_images[:1000] / 255.0
y_train_full = tf.keras.utils.to_categorical(training_labels[:1000])
model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28)),
    tf.keras.layers.Dense(100, activation="relu"),
    tf.keras.layers.Dense(100, activation="relu"),
    tf.keras.layers.Dense(100, activation="relu"),
    tf.keras.layers.Dense(10, activation="softmax")
])

# 2. Compile the model
model.compile(loss=tf.keras.losses.BinaryCrossentropy(),
              optimizer=tf.keras.optimizers.Adam(lr=0.0001),
              metrics=["accuracy"])

# 3. Fit the model
model.fit(X_train_full, y_train_full, epochs=2)
# Keras 3 rejects Keras 2's `lr` (ValueError: Argument(s) not recognized: {'lr': 0.0001});
# Neurona gives the same error with a hint.
# expect error: ValueError: Argument(s) not recognized: {'lr': 0.0001} (Keras 3 calls it `learning_rate`)
# %%
# output: any
# The same block with Keras 3's name for the learning rate.
model.compile(loss=tf.keras.losses.BinaryCrossentropy(),
              optimizer=tf.keras.optimizers.Adam(learning_rate=0.0001),
              metrics=["accuracy"])
history = model.fit(X_train_full, y_train_full, epochs=2)
# %%
print(sorted(history.history.keys()), len(history.history["loss"]), model.count_params())
# expect: ['accuracy', 'loss'] 2 99710

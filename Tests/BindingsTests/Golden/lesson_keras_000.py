# Keras code blocks of the course's core lesson (../shared/seeds/000_e12ead0206bf03fe.txt),
# unchanged except where noted. Cells whose output varies (training progress, random weights)
# carry `# output: any` and are checked for running without error.
import tensorflow as tf
import numpy as np
import random
from keras.models import Sequential
from keras.layers import Dense
# %%
# output: any
model=Sequential()
model.add(Dense(3, input_dim=1))
model.add(Dense(1))
model.compile()
model.summary()
# %%
print(model.count_params(), [layer.name for layer in model.layers])  # expect: 10 ['dense', 'dense_1']
# %%
# output: any
model=Sequential()
model.add(Dense(3, input_dim=1,kernel_initializer="glorot_uniform",bias_initializer="zeros"))
model.add(Dense(1))
model.compile()
# %%
# output: any
model=Sequential()
model.add(Dense(3, input_dim=1,activation="sigmoid"))
model.add(Dense(1,activation="sigmoid"))
model.compile()
# %%
# output: any
model=Sequential()
model.add(Dense(3, input_dim=1,activation="relu"))
model.add(Dense(3, input_dim=1,activation=tf.keras.activations.relu))
model.add(Dense(3, input_dim=1,activation=tf.keras.layers.ReLU()))
model.add(Dense(3, input_dim=1))
model.add(tf.keras.layers.ReLU())
model.add(Dense(3, activation="LeakyReLU"))
model.add(Dense(3, activation=tf.keras.layers.LeakyReLU()))
model.add(Dense(3, activation=tf.keras.layers.LeakyReLU(alpha=0.2)))
model.add(Dense(3, activation="elu"))
model.add(Dense(3, activation=tf.keras.activations.elu))
model.add(Dense(3, activation=tf.keras.layers.ELU(alpha=0.2)))
model.add(Dense(3, activation="selu", kernel_initializer="lecun_normal"))
model.add(Dense(3, activation="softmax"))
model.add(Dense(3, activation=tf.keras.activations.softmax))
model.compile()
# %%
# output: any
from sklearn.datasets import load_iris
iris=load_iris()
x=iris.data[0:99,2]
y=iris.target[0:99]
np.random.seed(5)
tf.random.set_seed(5)
random.seed(5)
model=Sequential()
model.add(Dense(3, input_dim=1,activation="sigmoid"))
model.add(Dense(1,activation="sigmoid"))
model.compile(loss='mean_squared_error')
model.fit(x, y,epochs=100)
# %%
def get_w(model,layer,neuron,index):
    layer=model.layers[layer]
    return layer.get_weights()[0][index,neuron]
def get_b(model,layer,neuron):
    layer=model.layers[layer]
    return layer.get_weights()[1][neuron]
w_2 =get_w(model,0,0,0)
w_3 =get_w(model,0,1,0)
w_4 =get_w(model,0,2,0)
w_52=get_w(model,1,0,0)
w_53=get_w(model,1,0,1)
w_54=get_w(model,1,0,2)
b_2 =get_b(model,0,0)
b_3 =get_b(model,0,1)
b_4 =get_b(model,0,2)
b_5 =get_b(model,1,0)
def sigmoid(z):
    return 1/(1 + np.exp(-z))
def predict_formula(x):
    part1=w_52*sigmoid(w_2*x+b_2)
    part2=w_53*sigmoid(w_3*x+b_3)
    part3=w_54*sigmoid(w_4*x+b_4)
    part4=b_5
    z=part1+part2+part3+part4
    return sigmoid(z)
# %%
# output: any
y_predicho_red_neuronal=model.predict([x])
y_predicho_formula=predict_formula(x)
np.column_stack((y_predicho_red_neuronal,y_predicho_formula))
# %%
pairs = np.column_stack((y_predicho_red_neuronal,y_predicho_formula))
print(pairs.shape, np.allclose(pairs[:, 0], pairs[:, 1], atol=1e-6))  # expect: (99, 2) True
# %%
# output: any
from sklearn.preprocessing import LabelBinarizer
y=iris.target
label_binarizer = LabelBinarizer()
label_binarizer.fit(range(max(y)+1))
y = label_binarizer.transform(y)
print(y.shape)
# %%
# output: any
# The lesson's x_train/y_train come from an earlier split; here, random data of matching shapes,
# and the file goes to /tmp instead of the working folder.
x_train = np.random.rand(20, 2)
y_train = np.random.rand(20, 10)
x_test = np.random.rand(5, 2)
y_test = np.random.rand(5, 10)
model=Sequential()
model.add(Dense(10, activation="sigmoid",input_dim=2))
model.compile(loss="mse")
history=model.fit(x_train,y_train,validation_data=(x_test,y_test),epochs=10,verbose=False)
model.save('/tmp/my_red_neuronal.keras')
model=tf.keras.models.load_model('/tmp/my_red_neuronal.keras')
print(sorted(history.history.keys()))

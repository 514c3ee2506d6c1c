import math
def sigmoid(z):
    return 1 / (1 + math.exp(-z))
def predict_formula(x, w_2, b_2, w_5, b_5):
    return sigmoid(w_5 * sigmoid(w_2 * x + b_2) + b_5)
print(round(sigmoid(0), 4), round(predict_formula(1.0, 0.5, 0.1, -1.2, 0.3), 6))  # expect: 0.5 0.383484
w = [[0.1, 0.2, 0.3]]
def get_w(weights, neuron, index):
    return weights[index][neuron]
print(get_w(w, 2, 0))  # expect: 0.3

# nbgrader configuration of the Neurona course (run nbgrader from this folder).
#
#   nbgrader generate_assignment redes      # student version in release/redes/
#   nbgrader autograde redes --create       # grades submitted/<student>/redes/
#
# The notebooks' kernelspec is Neurona's, whose language is "python", so nbgrader's default Python
# stubs (`# YOUR CODE HERE` / `raise NotImplementedError()`) are used as they are.

c = get_config()  # noqa: F821  (nbgrader provides get_config)

c.CourseDirectory.course_id = "neurona-redes-neuronales"
c.CourseDirectory.db_assignments = [
    {"name": "redes"},
    {"name": "activaciones"},
    {"name": "salida"},
]
c.CourseDirectory.db_students = [
    {"id": "alumno01", "first_name": "Alumno", "last_name": "Ejemplo"},
]

# Seconds each cell may run while autograding (nbgrader's default is 30): the training exercises need
# more on a slow machine.
c.Execute.timeout = 120
c.ExecutePreprocessor.timeout = 120

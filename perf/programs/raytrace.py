# Raytrace: a small ray tracer (spheres, a checkered plane, two lights, Phong shading, reflections); prints a checksum and an ASCII picture.

import math

WIDTH = 256
HEIGHT = 192
MAX_DEPTH = 4
EPSILON = 1e-9


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        size = self.length()
        if size == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self * (1.0 / size)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def mix(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)

    def clamped(self):
        return Color(min(1.0, max(0.0, self.r)), min(1.0, max(0.0, self.g)), min(1.0, max(0.0, self.b)))

    def brightness(self):
        return 0.299 * self.r + 0.587 * self.g + 0.114 * self.b

    def bytes(self):
        c = self.clamped()
        return (int(c.r * 255 + 0.5), int(c.g * 255 + 0.5), int(c.b * 255 + 0.5))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, even, odd, size, diffuse, specular, shininess, reflection):
        Material.__init__(self, even, diffuse, specular, shininess, reflection)
        self.odd = odd
        self.size = size

    def color_at(self, point):
        if (math.floor(point.x / self.size) + math.floor(point.z / self.size)) % 2 == 0:
            return self.color
        return self.odd


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError(type(self).__name__ + ".intersect")


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        offset = ray.origin - self.center
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0:
            return None
        root = math.sqrt(discriminant)
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / facing
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient, background):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.background = background
        self.rays = 0

    def nearest(self, ray):
        self.rays += 1
        best = None
        best_t = math.inf
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = shape, t
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        shape, t = self.nearest(Ray(point, to_light))
        return shape is not None and t < distance

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            return self.background
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        material = shape.material
        base = material.color_at(point)
        color = base.mix(self.ambient)
        lifted = point + normal * 1e-4
        for light in self.lights:
            if self.shadowed(lifted, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.mix(light.color).scale(lambert * material.diffuse)
            highlight = to_light.reflect(normal).dot(ray.direction)
            if highlight > 0:
                color = color + light.color.scale(material.specular * highlight ** material.shininess)
        if depth < MAX_DEPTH and material.reflection > 0:
            bounce = Ray(lifted, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1).scale(material.reflection)
        return color


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov_degrees) / 2)

    def ray(self, x, y, width, height):
        aspect = width / height
        u = (2 * (x + 0.5) / width - 1) * self.half * aspect
        v = (1 - 2 * (y + 0.5) / height) * self.half
        return Ray(self.eye, self.forward + self.right * u + self.up * v)


def build_scene():
    shiny_red = Material(Color(0.9, 0.2, 0.2), 0.7, 0.5, 30, 0.3)
    matte_green = Material(Color(0.2, 0.8, 0.3), 0.9, 0.1, 8, 0.0)
    mirror = Material(Color(0.8, 0.8, 0.9), 0.3, 0.9, 60, 0.7)
    floor = Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 1.0, 0.8, 0.2, 10, 0.25)
    shapes = [
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, shiny_red),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7, matte_green),
        Sphere(Vector(2.0, 1.2, -1.5), 1.2, mirror),
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
    ]
    lights = [Light(Vector(-5.0, 8.0, 6.0), Color(0.8, 0.8, 0.8)), Light(Vector(6.0, 5.0, 4.0), Color(0.4, 0.35, 0.3))]
    return Scene(shapes, lights, Color(0.1, 0.1, 0.12), Color(0.2, 0.3, 0.5))


def render(scene, camera, width, height):
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            row.append(scene.trace(camera.ray(x, y, width, height), 0))
        rows.append(row)
    return rows


def main():
    scene = build_scene()
    camera = Camera(Vector(0.0, 2.5, 7.0), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0), 55)
    image = render(scene, camera, WIDTH, HEIGHT)
    checksum = 0
    histogram = {}
    for row in image:
        for pixel in row:
            r, g, b = pixel.bytes()
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[r // 64] = histogram.get(r // 64, 0) + 1
    print("rays traced:", scene.rays)
    print("checksum:", checksum)
    print("red histogram:", sorted(histogram.items()))
    centre = image[HEIGHT // 2][WIDTH // 2]
    print("centre pixel:", centre.r, centre.g, centre.b)
    print("camera right:", camera.right, "up:", camera.up)
    ramp = " .:-=+*#%@"
    for y in range(0, HEIGHT, 2):
        line = ""
        for x in range(0, WIDTH, 2):
            level = int(image[y][x].clamped().brightness() * (len(ramp) - 1) + 0.5)
            line += ramp[level]
        print(line.rstrip())
    try:
        Vector(0.0, 0.0, 0.0).normalized()
    except ZeroDivisionError as error:
        print(type(error).__name__, error)
    try:
        Shape(None).intersect(None)
    except NotImplementedError as error:
        print(type(error).__name__, error)


main()

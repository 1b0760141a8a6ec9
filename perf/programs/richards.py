# Richards: an operating-system scheduler simulation (idle, worker, handler and device tasks passing packets); prints queue and hold counts.

ITERATIONS = 48
IDLE_COUNT = 10000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
DEVICE_KIND, WORK_KIND = 0, 1
DATA_SIZE = 4

# A task's state: it may have packets waiting, be waiting for one, and be held, in any mix.
RUNNABLE = 1
SUSPENDED = 2
HELD = 4


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class TaskRecord:
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = SUSPENDED if queue is None else SUSPENDED | RUNNABLE

    def blocked(self):
        return self.state & HELD != 0 or self.state == SUSPENDED

    def step(self):
        packet = None
        if self.state == SUSPENDED | RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = 0 if self.queue is None else RUNNABLE
        return self.task.run(packet)

    def deliver(self, current, packet):
        if self.queue is None:
            self.queue = packet
            self.state |= RUNNABLE
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Scheduler:
    def __init__(self):
        self.records = {}
        self.first = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, ident, priority, queue, task):
        record = TaskRecord(self.first, ident, priority, queue, task)
        self.first = record
        self.records[ident] = record
        return record

    def run(self):
        self.current = self.first
        while self.current is not None:
            if self.current.blocked():
                self.current = self.current.link
            else:
                self.current = self.current.step()

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= HELD
        return self.current.link

    def suspend_current(self):
        self.current.state |= SUSPENDED
        return self.current

    def release(self, ident):
        record = self.records.get(ident)
        if record is None:
            return None
        record.state &= ~HELD
        if record.priority > self.current.priority:
            return record
        return self.current

    def send(self, packet):
        record = self.records.get(packet.destination)
        if record is None:
            return None
        self.queue_count += 1
        packet.link = None
        packet.destination = self.current.ident
        return record.deliver(self.current, packet)


class IdleTask:
    def __init__(self, scheduler, count):
        self.scheduler = scheduler
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class DeviceTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            done = self.pending
            self.pending = None
            return self.scheduler.send(done)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.handler = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        self.handler = HANDLER_B if self.handler == HANDLER_A else HANDLER_A
        packet.destination = self.handler
        packet.count = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_KIND:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.count < DATA_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.scheduler.send(device)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        return self.scheduler.suspend_current()


def chain(count, destination, kind):
    queue = None
    for _ in range(count):
        queue = Packet(queue, destination, kind)
    return queue


def simulate(idle_count):
    scheduler = Scheduler()
    scheduler.add(IDLE, 0, None, IdleTask(scheduler, idle_count)).state = 0
    scheduler.add(WORKER, 1000, chain(2, WORKER, WORK_KIND), WorkerTask(scheduler))
    scheduler.add(HANDLER_A, 2000, chain(3, DEVICE_A, DEVICE_KIND), HandlerTask(scheduler))
    scheduler.add(HANDLER_B, 3000, chain(3, DEVICE_B, DEVICE_KIND), HandlerTask(scheduler))
    scheduler.add(DEVICE_A, 4000, None, DeviceTask(scheduler))
    scheduler.add(DEVICE_B, 5000, None, DeviceTask(scheduler))
    scheduler.run()
    return scheduler.queue_count, scheduler.hold_count


def main():
    for i in range(ITERATIONS):
        count = IDLE_COUNT + i * 100
        queued, held = simulate(count)
        print("idle count %d: queued %d packets, held %d times" % (count, queued, held))


main()

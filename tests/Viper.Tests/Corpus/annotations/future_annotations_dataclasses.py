# Dataclasses under the future import: string annotations name ClassVar and InitVar as the module binds them.
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, InitVar
from typing import ClassVar


@dataclass
class Config:
    name: str
    retries: int = 3
    registry: ClassVar[dict] = {}
    also_class: typing.ClassVar[int] = 0
    seed: InitVar[int] = 0
    via_module: dataclasses.InitVar[int] = 0
    tags: list[str] = field(default_factory=list)

    def __post_init__(self, seed, via_module):
        self.retries += seed + via_module


c = Config("a", seed=2, via_module=1)
print(c, [f.name for f in dataclasses.fields(c)], Config.__doc__)
print(Config.__init__.__annotations__)
print(typing.get_type_hints(Config))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self) -> Version:
        return dataclasses.replace(self, minor=self.minor + 1)


print(sorted([Version(1, 2), Version(1)]), Version(1).bump(), Version.bump.__annotations__)

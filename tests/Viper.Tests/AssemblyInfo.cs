using NUnit.Framework;

[assembly: LevelOfParallelism(2)]

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>A job type known by a stable name; the name is what the queue stores.</summary>
public sealed class BackgroundJobDefinition(string name, Type jobType, Type argsType, Func<object, object, CancellationToken, Task> execute)
{
    public string Name { get; } = name;

    public Type JobType { get; } = jobType;

    public Type ArgsType { get; } = argsType;

    /// <summary>(job instance, args, cancellation) → the job's ExecuteAsync.</summary>
    public Func<object, object, CancellationToken, Task> Execute { get; } = execute;
}

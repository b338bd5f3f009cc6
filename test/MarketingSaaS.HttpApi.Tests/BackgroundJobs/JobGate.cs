namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>Signals between a test and a <see cref="BlockingJob"/>.</summary>
public sealed class JobGate
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

namespace MarketingSaaS.BackgroundJobs;

/// <summary>A job's arguments and last error as the reader may see them (<see cref="BackgroundJobArgumentsAccess"/>).</summary>
public sealed record BackgroundJobTexts(string ArgsJson, string? LastError);

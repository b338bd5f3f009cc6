namespace MarketingSaaS.Processes;

/// <summary>A person a step can be handed to.</summary>
public sealed record AssigneeCandidateDto(Guid Id, string Name, string UserName);

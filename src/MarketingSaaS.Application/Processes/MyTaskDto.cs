namespace MarketingSaaS.Processes;

/// <summary>An open step assigned to the caller.</summary>
public sealed record MyTaskDto(Guid InstanceId, string InstanceName, string TemplateCode, ProcessStepDto Step);

namespace MarketingSaaS.Events.Plans;

/// <summary>The RACI role of a party on a task: at most one Responsible and one Accountable, any number of Consulted and Informed.</summary>
public enum RaciRole
{
    Responsible = 0,
    Accountable = 1,
    Consulted = 2,
    Informed = 3,
}

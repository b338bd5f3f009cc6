namespace MarketingSaaS.Positions;

/// <summary>
/// Hears every change of a position's holders (registered scoped), inside the changing call's unit of work: its changes
/// are saved with the position's, and a handler that throws fails the change. The approval engine moves pending slots.
/// </summary>
public interface IPositionHoldersChangedHandler
{
    Task OnHoldersChangedAsync(PositionHoldersChange change, CancellationToken cancellationToken);
}

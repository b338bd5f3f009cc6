namespace MarketingSaaS.Identity.Invitations;

/// <summary>An admin invites people by e-mail; the invitee accepts through the mailed one-time link.</summary>
public interface IUserInvitationAppService
{
    /// <summary>Invitations still waiting (pending, expired or not), newest first.</summary>
    Task<IReadOnlyList<UserInvitationDto>> GetPendingListAsync(CancellationToken cancellationToken = default);

    Task<UserInvitationDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserInvitationDto> InviteAsync(InviteUserDto input, CancellationToken cancellationToken = default);

    /// <summary>Mails a new link; the previous one stops working at once.</summary>
    Task<UserInvitationDto> ResendAsync(Guid id, CancellationToken cancellationToken = default);

    Task RevokeAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Anonymous: 404 for an unknown token or company, 422 for an expired, withdrawn or used invitation.</summary>
    Task<InvitationPreviewDto> PreviewAsync(string tenant, string token, CancellationToken cancellationToken = default);

    /// <summary>Anonymous: creates the user with the chosen user name and password; returns the user name.</summary>
    Task<string> AcceptAsync(AcceptInvitationDto input, CancellationToken cancellationToken = default);
}

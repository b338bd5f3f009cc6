using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Account;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity.Invitations;

/// <summary>UserInvitation rows belong to one company: others cannot list, get, resend or revoke them.</summary>
public abstract class UserInvitationIsolationTests(ApiFixture fixture)
{
    private const string Invitations = "/api/identity/invitations";

    [Fact]
    public async Task Another_company_cannot_see_resend_or_revoke_an_invitation()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var invitation = await a.Admin.PostJsonAsync<JsonElement>(Invitations, new
        {
            familyName = "Li", givenName = "Na", email = $"na@{a.Slug}.test", culture = "en", roleNames = Array.Empty<string>(),
        });
        var id = invitation.GetProperty("id").GetGuid();

        (await b.Admin.GetJsonAsync<JsonElement[]>(Invitations)).ShouldBeEmpty();
        (await b.Admin.GetAsync($"{Invitations}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"{Invitations}/{id}/resend", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"{Invitations}/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stillPending = await a.Admin.GetJsonAsync<JsonElement>($"{Invitations}/{id}");
        stillPending.GetProperty("status").GetString().ShouldBe("Pending");
        (await a.Admin.GetJsonAsync<JsonElement[]>(Invitations)).Single().GetProperty("id").GetGuid().ShouldBe(id);
    }
}

public sealed class UserInvitationIsolationTestsOnSqlite(SqliteApiFixture fixture) : UserInvitationIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class UserInvitationIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : UserInvitationIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

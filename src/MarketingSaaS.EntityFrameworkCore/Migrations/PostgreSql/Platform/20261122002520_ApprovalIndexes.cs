using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.PostgreSql.Platform
{
    /// <inheritdoc />
    public partial class ApprovalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ApprovalRequests_TenantId_SubmissionTime",
                table: "ApprovalRequests",
                columns: new[] { "TenantId", "SubmissionTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApprovalRequests_TenantId_SubmissionTime",
                table: "ApprovalRequests");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RenameJointProjectsToProjects : Migration
    {
        /// <inheritdoc />
        /// <remarks>
        /// A rename that keeps the rows: JointProject became Project (one word for one concept). SQLite renames the table
        /// in place and points the observations' foreign key at the new name; its constraint names are not looked up by
        /// anything, so the table is not rebuilt.
        /// </remarks>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "JointProjects", newName: "Projects");
            migrationBuilder.RenameIndex(name: "IX_JointProjects_PartnershipSlug", table: "Projects", newName: "IX_Projects_PartnershipSlug");
            migrationBuilder.RenameIndex(name: "IX_JointProjects_PlatformSlug", table: "Projects", newName: "IX_Projects_PlatformSlug");
            migrationBuilder.RenameIndex(name: "IX_JointProjects_SourceId", table: "Projects", newName: "IX_Projects_SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "Projects", newName: "JointProjects");
            migrationBuilder.RenameIndex(name: "IX_Projects_PartnershipSlug", table: "JointProjects", newName: "IX_JointProjects_PartnershipSlug");
            migrationBuilder.RenameIndex(name: "IX_Projects_PlatformSlug", table: "JointProjects", newName: "IX_JointProjects_PlatformSlug");
            migrationBuilder.RenameIndex(name: "IX_Projects_SourceId", table: "JointProjects", newName: "IX_JointProjects_SourceId");
        }
    }
}

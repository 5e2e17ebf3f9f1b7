/** What direct messages store: conversations (their participants and blocks are written by the dm room's store). */
package dev.parley.dm.entity;
